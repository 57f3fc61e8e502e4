import type { ScheduleEdge, ScheduleNode } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';
import { kindWithLag, workingDays } from './schedule-format';
import { StatusLozenge } from './status-lozenge';

/** The link's notes: its type and kind, and whether the schedule left it out or it closes a cycle. */
function linkText(via: ScheduleEdge): string {
  const parts = [via.linkType, kindWithLag(via.kind, via.lagDays)];
  if (via.ignored) parts.push('left out of the schedule to break a cycle');
  else if (via.inCycle) parts.push('part of a cycle');
  return parts.join(' · ');
}

/** Slack, unless the issue is kept at its actual dates (then slack says nothing about it). */
function slackText(node: ScheduleNode): string | null {
  if (node.fixed) return node.statusCategory === 'done' ? null : 'kept at its dates';
  return `${workingDays(node.totalSlackDays)} slack`;
}

/** One neighbour: key, summary, status, slack and critical mark, and the link that joins it. */
export function NeighbourRow({ node, via }: { node: ScheduleNode; via: ScheduleEdge }) {
  const slack = slackText(node);
  return (
    <div className="keel-ip-row" data-key={node.key}>
      <div className="keel-ip-row__line">
        <IssueKeyLink issueKey={node.key} />
        <span className="keel-ip-summary">{node.summary}</span>
      </div>
      <div className="keel-ip-row__line keel-ip-meta">
        <StatusLozenge node={node} />
        {node.critical && !node.fixed && <span className="keel-lozenge keel-ip-lozenge--danger">Critical</span>}
        {node.nearCritical && !node.critical && !node.fixed && (
          <span className="keel-lozenge keel-ip-lozenge--warning">Near-critical</span>
        )}
        {node.external && <span className="keel-lozenge keel-ip-lozenge--default">External</span>}
        {slack !== null && <span data-testid="neighbour-slack">{slack}</span>}
        <span className="keel-ip-link" data-testid="neighbour-link">
          {linkText(via)}
        </span>
      </div>
    </div>
  );
}
