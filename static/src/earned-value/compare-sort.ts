/**
 * The baseline comparison table's columns and how each sorts. Values not defined (a date moved on an added or
 * removed issue, or a date missing on one side) sort last either way; ties keep the resolver's Jira key order.
 * Example: by finish moved, descending, the issue that slipped most comes first.
 */
import type { BaselineIssueChange } from '@contract';
import { compareIssueKeys } from '../../../src/domain/issue-key-order';
import type { SortDirection } from './epic-sort';

export type CompareColumn = 'key' | 'change' | 'startMovedDays' | 'finishMovedDays' | 'budgetChange';

export const COMPARE_COLUMNS: readonly { id: CompareColumn; label: string; numeric: boolean }[] = [
  { id: 'key', label: 'Issue', numeric: false },
  { id: 'change', label: 'Change', numeric: false },
  { id: 'startMovedDays', label: 'Start moved', numeric: true },
  { id: 'finishMovedDays', label: 'Finish moved', numeric: true },
  { id: 'budgetChange', label: 'Budget change', numeric: true },
];

export function sortedChanges(rows: readonly BaselineIssueChange[], column: CompareColumn, direction: SortDirection): BaselineIssueChange[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const indexed = rows.map((row, index) => ({ row, index, value: column === 'key' ? null : row[column] }));
  indexed.sort((a, b) => {
    if (column === 'key') return sign * compareIssueKeys(a.row.key, b.row.key);
    if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || a.index - b.index;
    const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : String(a.value).localeCompare(String(b.value));
    return sign * order || a.index - b.index;
  });
  return indexed.map((x) => x.row);
}
