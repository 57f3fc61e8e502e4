import type { DerivedRisk } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';

const SEVERITY_LABEL: Record<DerivedRisk['severity'], string> = { high: 'High', medium: 'Medium' };

/** Schedule risks the plan itself reveals, each with its evidence and the issues involved. */
export function DerivedRisks({ derived }: { derived: readonly DerivedRisk[] }) {
  return (
    <section className="keel-section" aria-labelledby="keel-derived-title" data-testid="derived-risks">
      <h2 id="keel-derived-title" className="keel-section__title">
        Schedule risks from the plan
      </h2>
      {derived.length === 0 ? (
        <p className="keel-muted">The plan reveals no schedule risks: no critical work is blocked, late, unassigned or unestimated.</p>
      ) : (
        <ul className="keel-findings">
          {derived.map((risk) => (
            <li key={`${risk.kind}:${risk.title}`} className={`keel-finding keel-derived keel-derived--${risk.severity}`} data-kind={risk.kind}>
              <h3 className="keel-finding__title">
                <span className={`keel-severity keel-derived__severity--${risk.severity}`}>{SEVERITY_LABEL[risk.severity]}</span>
                <span data-testid="derived-title">{risk.title}</span>
              </h3>
              <ul className="keel-derived__evidence" aria-label="Evidence">
                {risk.evidence.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <ul className="keel-keys" aria-label={`Issues: ${risk.title}`}>
                {risk.issueKeys.map((key) => (
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
