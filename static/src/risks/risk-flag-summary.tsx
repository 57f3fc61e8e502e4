import type { RiskRegisterResult } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';

const GROUPS = [
  { id: 'withoutOwner', label: 'without an owner' },
  { id: 'withoutTreatment', label: 'without a treatment' },
  { id: 'withoutReviewDate', label: 'without a review date' },
] as const;

/** Open risks nobody answers for, nothing treats, or nobody reviews: a count and the keys of each. */
export function RiskFlagSummary({ flagged }: { flagged: RiskRegisterResult['flagged'] }) {
  const total = new Set([...flagged.withoutOwner, ...flagged.withoutTreatment, ...flagged.withoutReviewDate]).size;
  return (
    <section className="keel-section keel-risk-flag-summary" aria-labelledby="keel-risk-flags-title" data-testid="flag-summary">
      <h2 id="keel-risk-flags-title" className="keel-section__title">
        Flagged risks <span className="keel-count" data-testid="flagged-count">{total}</span>
      </h2>
      {total === 0 ? (
        <p className="keel-muted">Every open risk has an owner, a treatment and a review date.</p>
      ) : (
        <ul className="keel-findings">
          {GROUPS.filter((g) => flagged[g.id].length > 0).map((g) => (
            <li key={g.id} className="keel-finding keel-finding--warning" data-flag-group={g.id}>
              <h3 className="keel-finding__title">{`${flagged[g.id].length} open ${flagged[g.id].length === 1 ? 'risk' : 'risks'} ${g.label}`}</h3>
              <ul className="keel-keys" aria-label={`Risks ${g.label}`}>
                {flagged[g.id].map((key) => (
                  <li key={key}>
                    <IssueKeyLink issueKey={key} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
