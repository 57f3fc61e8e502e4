import { useMemo, useState } from 'react';
import type { ScheduleNode, ScheduleSummary } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';
import { days, underWayText } from './node-label';
import { COLUMNS, sortedSchedule, type SortColumn, type SortDirection } from './schedule-sort';
import { SortableHeader } from '../components/sortable-header';
import { SummaryRows } from './summary-rows';

const CRITICAL_TEXT = (n: ScheduleNode) => (n.critical ? 'Critical' : n.nearCritical ? 'Near-critical' : '');

/** Work under way: the days left, not a whole duration ("1.4 left"). */
function durationCell(n: ScheduleNode): string {
  if (n.missingDuration) return `${n.durationDays} (no estimate)`;
  return n.underWay ? `${days(n.underWay.daysLeft)} left` : String(n.durationDays);
}

/** Work under way started on its early start ("started 2026-09-21"); "in progress" from the status date when unknown. */
function startCell(n: ScheduleNode): string {
  if (!n.underWay) return n.earlyStart;
  return n.underWay.actualStart === null ? `${n.earlyStart} (in progress)` : `started ${n.underWay.actualStart}`;
}

/** The schedule as a table, sortable by any column with the buttons in its headers. */
export function ScheduleTable({ nodes, projectKey, summaries = [] }: { nodes: readonly ScheduleNode[]; projectKey: string; summaries?: readonly ScheduleSummary[] }) {
  const [sort, setSort] = useState<{ column: SortColumn; direction: SortDirection }>({ column: 'es', direction: 'ascending' });
  const rows = useMemo(() => sortedSchedule(nodes, sort.column, sort.direction), [nodes, sort]);
  const label = COLUMNS.find((c) => c.id === sort.column)?.label ?? sort.column;
  const toggle = (column: SortColumn) =>
    setSort((s) => ({ column, direction: s.column === column && s.direction === 'ascending' ? 'descending' : 'ascending' }));
  return (
    <section className="keel-section" aria-labelledby="keel-schedule-title">
      <h2 id="keel-schedule-title" className="keel-section__title">
        Schedule
      </h2>
      <div className="keel-table-scroll">
        <table className="keel-table keel-table--compact" data-testid="schedule-table">
          <caption className="keel-caption">{`Schedule of ${projectKey}: ${nodes.length} ${nodes.length === 1 ? 'issue' : 'issues'}, sorted by ${label.toLowerCase()}, ${sort.direction}. Dates are working days; slack in working days. Work under way shows the days left and the day it started. Risks and decisions are not scheduled; parents are summary tasks, listed last.`}</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
              <SortableHeader key={column.id} id={column.id} label={column.label} numeric={column.numeric} sort={sort} onSort={toggle} />
            ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((n) => (
              <tr key={n.key} data-key={n.key} className={n.critical ? 'keel-row--critical' : undefined}>
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
              </tr>
            ))}
          </tbody>
          <SummaryRows summaries={summaries} columns={COLUMNS.length} />
        </table>
      </div>
    </section>
  );
}
