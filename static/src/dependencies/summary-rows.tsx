import type { ScheduleSummary } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';

const CRITICAL_TEXT = (s: ScheduleSummary) => (s.critical ? 'Critical' : s.nearCritical ? 'Near-critical' : '');

/**
 * Summary tasks under the schedule's activities: each parent with the dates rolled up from its children, as
 * Microsoft Project shows a summary row. Earliest start first; free slack belongs to activities only.
 */
export function SummaryRows({ summaries, columns }: { summaries: readonly ScheduleSummary[]; columns: number }) {
  if (summaries.length === 0) return null;
  const rows = [...summaries].sort((a, b) => a.earlyStart.localeCompare(b.earlyStart) || a.key.localeCompare(b.key));
  return (
    <tbody data-testid="schedule-summaries">
      <tr>
        <th scope="colgroup" colSpan={columns} className="keel-table__group">
          {`Summary tasks (${summaries.length}): parents whose dates and duration roll up from their children`}
        </th>
      </tr>
      {rows.map((s) => (
        <tr key={s.key} data-key={s.key} data-summary="true" className={s.critical ? 'keel-row--critical' : undefined}>
          <th scope="row">
            <IssueKeyLink issueKey={s.key} />
          </th>
          <td className="keel-cell-summary">{`${s.summary} (${s.type}, summary of ${s.activityCount} ${s.activityCount === 1 ? 'issue' : 'issues'})`}</td>
          <td className="keel-num" data-column="duration">{s.durationDays}</td>
          <td data-column="earlyStart">{s.earlyStart}</td>
          <td>{s.earlyFinish}</td>
          <td>{s.lateStart}</td>
          <td>{s.lateFinish}</td>
          <td className="keel-num" data-column="totalSlack">{s.totalSlackDays}</td>
          <td className="keel-num">–</td>
          <td>{CRITICAL_TEXT(s)}</td>
        </tr>
      ))}
    </tbody>
  );
}
