import type { Finding } from '@contract';
import { FindingItem } from './finding-item';

interface FindingsListProps {
  findings: Finding[];
  /** False when Keel could not check for links to issues the viewer may not see. */
  hiddenLinksChecked: boolean;
}

/** The data-quality findings: shown as data, each with what to do about it. */
export function FindingsList({ findings, hiddenLinksChecked }: FindingsListProps) {
  return (
    <section className="keel-section" aria-labelledby="keel-findings-title">
      <h2 id="keel-findings-title" className="keel-section__title">
        Data quality
      </h2>
      {findings.length === 0 ? (
        <p className="keel-muted">No data-quality problems found.</p>
      ) : (
        <ul className="keel-findings" data-testid="findings">
          {findings.map((finding) => (
            <FindingItem key={`${finding.kind}:${finding.title}`} finding={finding} />
          ))}
        </ul>
      )}
      {!hiddenLinksChecked && (
        <p className="keel-muted keel-note">Keel did not check for links to issues you cannot see.</p>
      )}
    </section>
  );
}
