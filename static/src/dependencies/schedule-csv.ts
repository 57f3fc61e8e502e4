/**
 * The schedule table as CSV, in the columns shown (column-picker.tsx) with the words shown: a small schedule's
 * rows as sorted on the page, its summary tasks after them; a large one streamed in pages of `schedule/rows` (500
 * a call, each answer under 1 MB), in the table's order and filter, so it never travels in one answer. Cells go
 * through the risk register's `csvField` (RFC 4180 quoting; a cell a spreadsheet would run as a formula is
 * prefixed with ').
 */
import type { RowsSortColumn, ScheduleFilter, ScheduleSortDirection } from '@contract';
import { MAX_ROWS_PER_PAGE } from '../../../src/contract/schedule-views';
import { callResolver } from '../api/call-resolver';
import type { ShownColumn } from './schedule-columns';
import { scheduleCsvHeader, scheduleCsvLine } from './schedule-csv-lines';

/** Every row, page after page; `onProgress(done, total)` after each. */
export async function scheduleCsv(
  request: { projectKey: string; sort: RowsSortColumn; direction: ScheduleSortDirection; filter: ScheduleFilter },
  columns: readonly ShownColumn[],
  onProgress: (done: number, total: number) => void,
): Promise<string> {
  const lines = [scheduleCsvHeader(columns)];
  let offset = 0;
  for (;;) {
    const page = await callResolver('schedule/rows', { ...request, offset, limit: MAX_ROWS_PER_PAGE });
    for (const row of page.rows) lines.push(scheduleCsvLine(row, columns));
    offset += page.rows.length;
    onProgress(offset, page.total);
    if (page.rows.length === 0 || offset >= page.total) break;
  }
  return `${lines.join('\r\n')}\r\n`;
}
