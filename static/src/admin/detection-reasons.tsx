import type { DetectedSettingsResult } from '@contract';

/** Why detection chose what it put in the draft (the same reasons `keel detect` prints). */
export function DetectionReasons({ reasons }: { reasons: DetectedSettingsResult['reasons'] }) {
  return (
    <details className="keel-detection" open>
      <summary>What Keel read off this site</summary>
      <ul>
        {reasons.map((r, i) => (
          <li key={`${r.path}-${i}`}>
            <code>{r.path}</code> {r.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
