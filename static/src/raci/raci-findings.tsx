import type { RaciFinding } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';

/** The matrix's findings above it, shown as data, each with what to do and the deliverables concerned. */
export function RaciFindings({ findings }: { findings: RaciFinding[] }) {
  return (
    <section className="keel-section" aria-labelledby="keel-raci-findings-title">
      <h2 id="keel-raci-findings-title" className="keel-section__title">
        Findings
      </h2>
      {findings.length === 0 ? (
        <p className="keel-muted">Every deliverable has one Accountable and a Responsible, and nobody is Accountable for too many.</p>
      ) : (
        <ul className="keel-findings" data-testid="raci-findings">
          {findings.map((finding) => (
            <li key={`${finding.kind}:${finding.title}`} className="keel-finding keel-finding--warning" data-kind={finding.kind}>
              <h3 className="keel-finding__title">
                <span className="keel-severity keel-severity--warning">Warning</span>
                {finding.title}
              </h3>
              <p className="keel-finding__advice">{finding.advice}</p>
              <ul className="keel-keys" aria-label={`Deliverables: ${finding.title}`}>
                {finding.issueKeys.map((key) => (
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
