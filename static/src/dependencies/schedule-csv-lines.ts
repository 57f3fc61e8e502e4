/** The schedule table's CSV lines, in the columns shown and the words shown (schedule-columns.ts); no I/O. */
import type { ScheduleNode, ScheduleSummary } from '@contract';
import { csvField } from '../../../src/domain/risk/risk-csv';
import type { TableColumn } from './schedule-columns';

export function scheduleCsvHeader(columns: readonly TableColumn[]): string {
  return columns.map((c) => csvField(c.label)).join(',');
}

export function scheduleCsvLine(n: ScheduleNode, columns: readonly TableColumn[]): string {
  return columns.map((c) => csvField(c.csv ? c.csv(n) : c.text(n))).join(',');
}

/** The rows on the page and its summary tasks, as the table shows them. */
export function shownScheduleCsv(rows: readonly ScheduleNode[], summaries: readonly ScheduleSummary[], columns: readonly TableColumn[]): string {
  const lines = [scheduleCsvHeader(columns), ...rows.map((n) => scheduleCsvLine(n, columns)), ...summaries.map((s) => columns.map((c) => csvField(c.summaryText(s))).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
