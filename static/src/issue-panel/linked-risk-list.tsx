import { IssueKeyLink } from '../overview/issue-key-link';
import type { LinkedRisk } from './issue-risks-of';

const scoreText = ({ risk }: LinkedRisk): string => {
  const score = risk.inherentScore === null ? 'No score' : `Score ${risk.inherentScore}`;
  const residual = risk.residualScore === null ? '' : `, residual ${risk.residualScore}`;
  const weighted = risk.weightedScore !== null && risk.weightedScore !== risk.inherentScore ? `, weighted ${risk.weightedScore}` : '';
  return `${score}${residual}${weighted}`;
};

/** The register's risks this issue treats or is linked to: key, summary, score and status. */
export function LinkedRiskList({ linked }: { linked: readonly LinkedRisk[] }) {
  if (linked.length === 0) return <p className="keel-muted keel-ip-text">No risk in the register is linked to this issue.</p>;
  return (
    <ul className="keel-ip-list" data-testid="linked-risks">
      {linked.map((entry) => (
        <li key={entry.risk.key} className="keel-ip-item" data-key={entry.risk.key} data-relation={entry.relation}>
          <div className="keel-ip-row__line">
            <IssueKeyLink issueKey={entry.risk.key} />
            <span className="keel-ip-summary">{entry.risk.summary}</span>
          </div>
          <div className="keel-ip-row__line keel-ip-meta">
            <span data-testid="risk-score">{scoreText(entry)}</span>
            <span className="keel-ip-link" data-testid="risk-status">{entry.risk.status}</span>
            <span className="keel-ip-link">{entry.relation === 'treats' ? 'This issue is one of its treatments' : 'Linked to this issue'}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
