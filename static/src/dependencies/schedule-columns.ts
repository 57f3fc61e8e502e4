/**
 * The schedule table's columns as shown and exported (issue #16 item 4): each one's cell text for an activity and
 * for a summary task, and the `data-column` its cells carry. The key always shows; the rest are chosen in the
 * column picker (column-picker.tsx), and the CSV holds exactly the columns shown, in the same words.
 */
import type { ScheduleNode, ScheduleSortColumn, ScheduleSummary } from '@contract';
import { COLUMNS } from './schedule-sort';
import { days } from './node-label';

export const CRITICAL_TEXT = (n: { critical: boolean; nearCritical: boolean }) => (n.critical ? 'Critical' : n.nearCritical ? 'Near-critical' : '');

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

export interface ShownColumn {
  id: ScheduleSortColumn;
  label: string;
  numeric: boolean;
  /** The cells' `data-column` (tests and styles find cells by it). */
  cell: string;
  text: (n: ScheduleNode) => string;
  /** A summary task's cell: "–" where the figure belongs to activities only. */
  summaryText: (s: ScheduleSummary) => string;
  /** The CSV cell when it differs from the text: a signed number a spreadsheet reads as one ("+2" is 2). */
  csv?: (n: ScheduleNode) => number | null;
  /** The cell's tooltip, where it explains the figure. */
  title?: (n: ScheduleNode) => string | undefined;
}

const DASH = () => '–';
const TEXTS: Record<ScheduleSortColumn, Pick<ShownColumn, 'cell' | 'text' | 'summaryText' | 'csv'>> = {
  key: { cell: 'key', text: (n) => n.key, summaryText: (s) => s.key },
  summary: { cell: 'summary', text: (n) => n.summary, summaryText: (s) => `${s.summary} (${s.type}, summary of ${s.activityCount} ${s.activityCount === 1 ? 'issue' : 'issues'})` },
  duration: { cell: 'duration', text: durationCell, summaryText: (s) => String(s.durationDays) },
  es: { cell: 'earlyStart', text: startCell, summaryText: (s) => s.earlyStart },
  ef: { cell: 'earlyFinish', text: (n) => n.earlyFinish, summaryText: (s) => s.earlyFinish },
  ls: { cell: 'lateStart', text: (n) => n.lateStart, summaryText: (s) => s.lateStart },
  lf: { cell: 'lateFinish', text: (n) => n.lateFinish, summaryText: (s) => s.lateFinish },
  totalSlack: { cell: 'totalSlack', text: (n) => String(n.totalSlackDays), summaryText: (s) => String(s.totalSlackDays) },
  freeSlack: { cell: 'freeSlack', text: (n) => String(n.freeSlackDays), summaryText: DASH },
  critical: { cell: 'critical', text: CRITICAL_TEXT, summaryText: CRITICAL_TEXT },
  assignee: { cell: 'assignee', text: (n) => n.assignee?.displayName ?? 'Unassigned', summaryText: DASH },
  status: { cell: 'status', text: (n) => n.status, summaryText: (s) => s.status },
  due: { cell: 'due', text: (n) => n.dueDate ?? '–', summaryText: DASH },
  variance: {
    cell: 'variance',
    text: (n) => (n.dueVarianceDays == null ? '–' : n.dueVarianceDays > 0 ? `+${n.dueVarianceDays}` : String(n.dueVarianceDays)),
    summaryText: DASH,
    csv: (n) => n.dueVarianceDays ?? null,
  },
};

/** A column of the table as drawn: a chosen one, or the forecast's criticality index (criticality-column.ts), sorted in the browser. */
export type TableColumn = Omit<ShownColumn, 'id'> & { id: ScheduleSortColumn | 'criticality' };

/** Every column in the table's order. */
export const SHOWN_COLUMNS: readonly ShownColumn[] = COLUMNS.map((c) => ({ id: c.id, label: c.label, numeric: c.numeric, ...TEXTS[c.id] }));

/** The columns a viewer may hide: all but the key. */
export const CHOOSABLE_COLUMNS = SHOWN_COLUMNS.filter((c) => c.id !== 'key');

/** The chosen ids as columns, in the table's order, the key first whatever was chosen. */
export function shownColumns(chosen: readonly ScheduleSortColumn[]): ShownColumn[] {
  const wanted = new Set<ScheduleSortColumn>(['key', ...chosen]);
  return SHOWN_COLUMNS.filter((c) => wanted.has(c.id));
}
