import type { IssueScheduleResult, ScheduleNode } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';
import { formatDay } from './schedule-format';

type Troubled = NonNullable<IssueScheduleResult['schedule']>['troubledPredecessors'][number];

/** Why a predecessor needs attention, in words: what is wrong and by when. */
function reasonText(node: ScheduleNode, reason: Troubled['reasons'][number]): string {
  if (reason === 'blocked') return /block/i.test(node.status) ? `Blocked: its status is ${node.status}` : `Blocked: flagged while ${node.status}`;
  if (node.dueDate) return `Late: due ${formatDay(node.dueDate)}, cannot finish before ${formatDay(node.earlyFinish)}`;
  return `Late: cannot finish before ${formatDay(node.earlyFinish)}`;
}

/** Predecessors (any level) that are late or blocked; hidden when there are none. */
export function TroubledPredecessors({ troubled }: { troubled: Troubled[] }) {
  if (troubled.length === 0) return null;
  return (
    <section className="keel-ip-section keel-ip-attention" aria-labelledby="keel-ip-attention-title">
      <h2 id="keel-ip-attention-title" className="keel-ip-title">
        Needs attention <span className="keel-count">{troubled.length}</span>
      </h2>
      <p className="keel-muted keel-ip-text">Predecessors that are late or blocked, and so may hold this issue up.</p>
      <ul className="keel-ip-list" data-testid="troubled">
        {troubled.map(({ node, reasons }) => (
          <li key={node.key} className="keel-ip-item" data-key={node.key}>
            <div className="keel-ip-row__line">
              <IssueKeyLink issueKey={node.key} />
              <span className="keel-ip-summary">{node.summary}</span>
            </div>
            <ul className="keel-ip-reasons">
              {reasons.map((reason) => (
                <li key={reason}>{reasonText(node, reason)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
