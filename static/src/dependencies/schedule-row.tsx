import type { ScheduleNode } from '@contract';
import { HiddenMarker } from '../hidden-work/hidden-marker';
import { IssueKeyLink } from '../overview/issue-key-link';
import { underWayText } from './node-label';
import type { ShownColumn, TableColumn } from './schedule-columns';

/** "Finishes 3 working days after its due date", "… before …", or why there is no variance. */
export function varianceTitle(n: ScheduleNode): string {
  const v = n.dueVarianceDays;
  if (v == null) return n.dueDate === null ? 'No due date: nothing to measure the finish against' : 'Not computed in this stored analysis';
  if (v === 0) return 'Finishes on its due date';
  return `Early finish ${Math.abs(v)} working ${Math.abs(v) === 1 ? 'day' : 'days'} ${v > 0 ? 'after' : 'before'} its due date`;
}

const TITLES: Partial<Record<ShownColumn['id'], (n: ScheduleNode) => string | undefined>> = {
  duration: (n) => underWayText(n) ?? undefined,
  variance: varianceTitle,
};

/** One issue's row of the schedule table (schedule-table.tsx, paged-schedule-table.tsx), in the chosen columns. */
export function ScheduleRow({ node: n, columns }: { node: ScheduleNode; columns: readonly TableColumn[] }) {
  return (
    <tr data-key={n.key} className={n.critical ? 'keel-row--critical' : undefined}>
      {columns.map((c) =>
        c.id === 'key' ? (
          <th scope="row" key={c.id}>
            <IssueKeyLink issueKey={n.key} />
            <HiddenMarker what={n.key} issueKey={n.key} />
          </th>
        ) : (
          <td key={c.id} data-column={c.cell} className={c.numeric ? 'keel-num' : c.id === 'summary' ? 'keel-cell-summary' : undefined} title={c.title?.(n) ?? (c.id === 'criticality' ? undefined : TITLES[c.id]?.(n))}>
            {c.text(n)}
          </td>
        ),
      )}
    </tr>
  );
}
