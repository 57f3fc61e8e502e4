import type { ScheduleSummary } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';
import type { TableColumn } from './schedule-columns';

/**
 * Summary tasks under the schedule's activities: each parent with the dates rolled up from its children, as
 * Microsoft Project shows a summary row, in the chosen columns. Earliest start first; free slack, assignee, due
 * date and variance belong to activities only.
 */
export function SummaryRows({ summaries, columns }: { summaries: readonly ScheduleSummary[]; columns: readonly TableColumn[] }) {
  if (summaries.length === 0) return null;
  const rows = [...summaries].sort((a, b) => a.earlyStart.localeCompare(b.earlyStart) || a.key.localeCompare(b.key));
  return (
    <tbody data-testid="schedule-summaries">
      <tr>
        <th scope="colgroup" colSpan={columns.length} className="keel-table__group">
          {`Summary tasks (${summaries.length}): parents whose dates and duration roll up from their children`}
        </th>
      </tr>
      {rows.map((s) => (
        <tr key={s.key} data-key={s.key} data-summary="true" className={s.critical ? 'keel-row--critical' : undefined}>
          {columns.map((c) =>
            c.id === 'key' ? (
              <th scope="row" key={c.id}>
                <IssueKeyLink issueKey={s.key} />
              </th>
            ) : (
              <td key={c.id} data-column={c.cell} className={c.numeric ? 'keel-num' : c.id === 'summary' ? 'keel-cell-summary' : undefined}>
                {c.summaryText(s)}
              </td>
            ),
          )}
        </tr>
      ))}
    </tbody>
  );
}
