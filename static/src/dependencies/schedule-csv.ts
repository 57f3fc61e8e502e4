/**
 * The whole schedule as CSV, streamed in pages of `schedule/rows` (500 a call, each answer under 1 MB), in the
 * table's order and filter: a large schedule never travels in one answer. Cells go through the risk register's
 * `csvField` (RFC 4180 quoting; a cell a spreadsheet would run as a formula is prefixed with ').
 */
import type { ScheduleFilter, ScheduleNode, ScheduleSortColumn, ScheduleSortDirection } from '@contract';
import { csvField } from '../../../src/domain/risk/risk-csv';
import { MAX_ROWS_PER_PAGE } from '../../../src/contract/schedule-views';
import { callResolver } from '../api/call-resolver';
import { CRITICAL_TEXT } from './schedule-row';

const HEADER = ['Key', 'Summary', 'Status', 'Epic', 'Assignee', 'Duration (d)', 'Early start', 'Early finish', 'Late start', 'Late finish', 'Total slack (d)', 'Free slack (d)', 'Critical', 'Due', 'Finish vs due (d)'];

export function scheduleCsvLine(n: ScheduleNode): string {
  return [n.key, n.summary, n.status, n.parentKey, n.assignee?.displayName ?? null, n.durationDays, n.earlyStart, n.earlyFinish, n.lateStart, n.lateFinish, n.totalSlackDays, n.freeSlackDays, CRITICAL_TEXT(n), n.dueDate, n.dueVarianceDays ?? null].map(csvField).join(',');
}

/** Every row, page after page; `onProgress(done, total)` after each. */
export async function scheduleCsv(
  request: { projectKey: string; sort: ScheduleSortColumn; direction: ScheduleSortDirection; filter: ScheduleFilter },
  onProgress: (done: number, total: number) => void,
): Promise<string> {
  const lines = [HEADER.join(',')];
  let offset = 0;
  for (;;) {
    const page = await callResolver('schedule/rows', { ...request, offset, limit: MAX_ROWS_PER_PAGE });
    for (const row of page.rows) lines.push(scheduleCsvLine(row));
    offset += page.rows.length;
    onProgress(offset, page.total);
    if (page.rows.length === 0 || offset >= page.total) break;
  }
  return `${lines.join('\r\n')}\r\n`;
}
