import type { ScoredRisk } from '@contract';

const FLAGS: { flag: keyof ScoredRisk['flags']; label: string }[] = [
  { flag: 'noOwner', label: 'No owner' },
  { flag: 'noTreatment', label: 'No treatment' },
  { flag: 'noReviewDate', label: 'No review date' },
];

/** The markers of an open risk missing an owner, a treatment or a review date. */
export function RiskFlagMarkers({ flags }: { flags: ScoredRisk['flags'] }) {
  const raised = FLAGS.filter((f) => flags[f.flag]);
  if (raised.length === 0) return null;
  return (
    <ul className="keel-risk-flags" aria-label="Flags">
      {raised.map((f) => (
        <li key={f.flag} className="keel-risk-flag" data-flag={f.flag}>
          {f.label}
        </li>
      ))}
    </ul>
  );
}
