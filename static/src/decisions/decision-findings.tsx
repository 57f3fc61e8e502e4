import type { DecisionFinding } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';

/** The log's findings, shown as data with what to do and the decisions concerned. */
export function DecisionFindings({ findings }: { findings: DecisionFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <section className="keel-section" aria-labelledby="keel-decision-findings-title">
      <h2 id="keel-decision-findings-title" className="keel-section__title">
        Findings
      </h2>
      <ul className="keel-findings" data-testid="decision-findings">
        {findings.map((finding) => (
          <li key={`${finding.kind}:${finding.title}`} className="keel-finding keel-finding--warning" data-kind={finding.kind}>
            <h3 className="keel-finding__title">
              <span className="keel-severity keel-severity--warning">Warning</span>
              {finding.title}
            </h3>
            <p className="keel-finding__advice">{finding.advice}</p>
            <ul className="keel-keys" aria-label={`Decisions: ${finding.title}`}>
              {finding.issueKeys.map((key) => (
                <li key={key}>
                  <IssueKeyLink issueKey={key} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
