/** The schedule table's columns and how each sorts; ties keep issue-key order, so a sort is stable and total. */
import type { ScheduleNode, ScheduleSortColumn } from '@contract';

export type SortColumn = ScheduleSortColumn;
export type SortDirection = 'ascending' | 'descending';

export interface ColumnDefinition {
  id: SortColumn;
  label: string;
  numeric: boolean;
  value: (node: ScheduleNode) => string | number;
}

export const COLUMNS: readonly ColumnDefinition[] = [
  { id: 'key', label: 'Key', numeric: false, value: (n) => n.key },
  { id: 'summary', label: 'Summary', numeric: false, value: (n) => n.summary },
  { id: 'duration', label: 'Duration (d)', numeric: true, value: (n) => n.durationDays },
  { id: 'es', label: 'Early start', numeric: false, value: (n) => n.earlyStart },
  { id: 'ef', label: 'Early finish', numeric: false, value: (n) => n.earlyFinish },
  { id: 'ls', label: 'Late start', numeric: false, value: (n) => n.lateStart },
  { id: 'lf', label: 'Late finish', numeric: false, value: (n) => n.lateFinish },
  { id: 'totalSlack', label: 'Total slack (d)', numeric: true, value: (n) => n.totalSlackDays },
  { id: 'freeSlack', label: 'Free slack (d)', numeric: true, value: (n) => n.freeSlackDays },
  { id: 'critical', label: 'Critical', numeric: false, value: (n) => (n.critical ? 0 : n.nearCritical ? 1 : 2) },
  // Unassigned work, and work without a due date, sort after the rest (ascending), as schedule-rows.ts sorts pages.
  { id: 'assignee', label: 'Assignee', numeric: false, value: (n) => n.assignee?.displayName ?? '\uffff' },
  { id: 'status', label: 'Status', numeric: false, value: (n) => n.status },
  { id: 'due', label: 'Due', numeric: false, value: (n) => n.dueDate ?? '9999-12-31' },
  { id: 'variance', label: 'Finish vs due (d)', numeric: true, value: (n) => n.dueVarianceDays ?? Number.NEGATIVE_INFINITY },
];

const byKey = (a: ScheduleNode, b: ScheduleNode) => a.key.localeCompare(b.key, 'en', { numeric: true });

/** A sorted copy. Example: by total slack ascending, critical work (slack 0) comes first. */
export function sortedSchedule(nodes: readonly ScheduleNode[], column: SortColumn, direction: SortDirection): ScheduleNode[] {
  const definition = COLUMNS.find((c) => c.id === column) ?? COLUMNS[0];
  return definition ? sortedBy(nodes, definition.value, direction) : [...nodes];
}

/** A copy sorted by any value of a node (a column of the table's own, such as the forecast's criticality). */
export function sortedBy(nodes: readonly ScheduleNode[], value: (node: ScheduleNode) => string | number, direction: SortDirection): ScheduleNode[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...nodes].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en', { numeric: true });
    return sign * order || byKey(a, b);
  });
}
