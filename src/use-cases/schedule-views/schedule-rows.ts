/**
 * One page of the schedule table, sorted and filtered on the server: the UI asks for what it shows, whatever
 * the scope's size. Sorting is total: ties keep issue-key order (PAY-2 before PAY-10), so pages never overlap.
 * O(V log V) per page.
 */
import type { RowsSortColumn, ScheduleFilter, ScheduleNode, ScheduleSortColumn, ScheduleSortDirection } from '../../contract';
import { compareIssueKeys } from '../../domain/issue-key-order';
import { derivedOnce } from '../derived-once';
import { groupOf, nodeFilter } from './schedule-filter';

export interface RowsRequest {
  offset: number;
  limit: number;
  sort: RowsSortColumn;
  direction: ScheduleSortDirection;
  filter: ScheduleFilter;
  /** The forecast's criticality index by issue key, for `sort: 'criticality'`; an issue it does not draw sorts as -1. */
  criticality?: ReadonlyMap<string, number>;
}

/** One collator for every comparison: `localeCompare` builds one per call, slow over 50,000 rows. */
const TEXT = new Intl.Collator('en', { numeric: true });

const VALUE: Record<ScheduleSortColumn, (n: ScheduleNode) => string | number> = {
  key: (n) => n.key,
  summary: (n) => n.summary,
  duration: (n) => n.durationDays,
  es: (n) => n.earlyStart,
  ef: (n) => n.earlyFinish,
  ls: (n) => n.lateStart,
  lf: (n) => n.lateFinish,
  totalSlack: (n) => n.totalSlackDays,
  freeSlack: (n) => n.freeSlackDays,
  critical: (n) => (n.critical ? 0 : n.nearCritical ? 1 : 2),
  // Unassigned work, and work without a due date, sort after the rest (ascending).
  assignee: (n) => n.assignee?.displayName ?? '\uffff',
  status: (n) => n.status,
  due: (n) => n.dueDate ?? '9999-12-31',
  variance: (n) => n.dueVarianceDays ?? Number.NEGATIVE_INFINITY,
};

/**
 * Example: nodes PAY-10 (slack 0), PAY-2 (slack 3), PAY-1 (slack 0); sort `totalSlack` ascending, offset 1,
 * limit 1 gives [PAY-10] (PAY-1 and PAY-10 tie on slack and keep key order), with `total` 3. By criticality
 * descending, PAY-10 at 0.9 comes before PAY-2 at 0.4, and an issue the forecast does not draw comes last.
 */
export function scheduleRows(nodes: readonly ScheduleNode[], request: RowsRequest): { rows: ScheduleNode[]; total: number } {
  const { criticality, sort, direction } = request;
  // The order is total, so filtering the sorted whole gives the sorted matches; the whole is sorted once per
  // stored schedule and column (derived-once.ts), and each page only filters it: O(V) a page after the first.
  const sorted =
    sort === 'criticality'
      ? sortedBy(nodes, (n) => criticality?.get(n.key) ?? -1, direction)
      : derivedOnce(nodes, `rows:${sort}:${direction}`, [], () => sortedBy(nodes, VALUE[sort], direction));
  const matching = sorted.filter(nodeFilter(request.filter, groupOf(nodes)));
  return { rows: matching.slice(request.offset, request.offset + request.limit), total: matching.length };
}

/** The nodes in the column's order, ties in key order; each node's value is read once, not once a comparison. */
function sortedBy(nodes: readonly ScheduleNode[], value: (n: ScheduleNode) => string | number, direction: ScheduleSortDirection): readonly ScheduleNode[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const values = nodes.map(value);
  const order = nodes.map((_, i) => i);
  order.sort((i, j) => {
    const [x, y] = [values[i], values[j]];
    const by = typeof x === 'number' && typeof y === 'number' ? x - y : TEXT.compare(String(x), String(y));
    return sign * by || compareIssueKeys(nodes[i]?.key ?? '', nodes[j]?.key ?? '');
  });
  return order.flatMap((i) => nodes[i] ?? []);
}
