import type { ScheduleNode } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';
import { days, underWayText } from './node-label';

export const CRITICAL_TEXT = (n: ScheduleNode) => (n.critical ? 'Critical' : n.nearCritical ? 'Near-critical' : '');

/** Work under way: the days left, not a whole duration ("1.4 left"). */
export function durationCell(n: ScheduleNode): string {
  if (n.missingDuration) return `${n.durationDays} (no estimate)`;
  return n.underWay ? `${days(n.underWay.daysLeft)} left` : String(n.durationDays);
}

/** Work under way started on its early start ("started 2026-09-21"); "in progress" from the status date when unknown. */
export function startCell(n: ScheduleNode): string {
  if (!n.underWay) return n.earlyStart;
  return n.underWay.actualStart === null ? `${n.earlyStart} (in progress)` : `started ${n.underWay.actualStart}`;
}

/** "Finishes 3 working days after its due date", "… before …", or why there is no variance. */
export function varianceTitle(n: ScheduleNode): string {
  const v = n.dueVarianceDays;
  if (v == null) return n.dueDate === null ? 'No due date: nothing to measure the finish against' : 'Not computed in this stored analysis';
  if (v === 0) return 'Finishes on its due date';
  return `Early finish ${Math.abs(v)} working ${Math.abs(v) === 1 ? 'day' : 'days'} ${v > 0 ? 'after' : 'before'} its due date`;
}

/** One issue's row of the schedule table (schedule-table.tsx, paged-schedule-table.tsx); `criticality`: the forecast's cell. */
export function ScheduleRow({ node: n, criticality }: { node: ScheduleNode; criticality?: { text: string; title: string } }) {
  return (
    <tr data-key={n.key} className={n.critical ? 'keel-row--critical' : undefined}>
      <th scope="row">
        <IssueKeyLink issueKey={n.key} />
      </th>
      <td className="keel-cell-summary">{n.summary}</td>
      <td className="keel-num" title={underWayText(n) ?? undefined} data-column="duration">
        {durationCell(n)}
      </td>
      <td data-column="earlyStart">{startCell(n)}</td>
      <td>{n.earlyFinish}</td>
      <td>{n.lateStart}</td>
      <td>{n.lateFinish}</td>
      <td className="keel-num" data-column="totalSlack">{n.totalSlackDays}</td>
      <td className="keel-num">{n.freeSlackDays}</td>
      <td>{CRITICAL_TEXT(n)}</td>
      {criticality && (
        <td className="keel-num" data-column="criticality" title={criticality.title}>
          {criticality.text}
        </td>
      )}
      <td data-column="assignee">{n.assignee?.displayName ?? 'Unassigned'}</td>
      <td data-column="status">{n.status}</td>
      <td data-column="due">{n.dueDate ?? '–'}</td>
      <td className="keel-num" data-column="variance" title={varianceTitle(n)}>
        {n.dueVarianceDays == null ? '–' : n.dueVarianceDays > 0 ? `+${n.dueVarianceDays}` : String(n.dueVarianceDays)}
      </td>
    </tr>
  );
}
