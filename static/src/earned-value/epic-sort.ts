/**
 * The per-epic table's columns and how each sorts. Not-defined values (null) sort last either way, and ties keep
 * the resolver's order, so a sort is stable. Example: by CPI ascending, the epic burning most money comes first.
 */
import type { EvmEpicRow } from '@contract';
import { epicEac, type EacVariant } from './eac-variant';

export type EpicColumn = 'epic' | 'bac' | 'pv' | 'ev' | 'ac' | 'spi' | 'cpi' | 'eac';
export type SortDirection = 'ascending' | 'descending';

export const EPIC_COLUMNS: readonly { id: EpicColumn; label: string; numeric: boolean }[] = [
  { id: 'epic', label: 'Epic', numeric: false },
  { id: 'bac', label: 'BAC', numeric: true },
  { id: 'pv', label: 'PV', numeric: true },
  { id: 'ev', label: 'EV', numeric: true },
  { id: 'ac', label: 'AC', numeric: true },
  { id: 'spi', label: 'SPI', numeric: true },
  { id: 'cpi', label: 'CPI', numeric: true },
  { id: 'eac', label: 'EAC', numeric: true },
];

export function epicValue(row: EvmEpicRow, column: EpicColumn, variant: EacVariant): string | number | null {
  switch (column) {
    case 'epic':
      return row.key === null ? '\uffff' : `${row.key} ${row.summary}`;
    case 'eac':
      return epicEac(row, variant).value;
    default:
      return row[column];
  }
}

export function sortedEpics(rows: readonly EvmEpicRow[], column: EpicColumn, direction: SortDirection, variant: EacVariant): EvmEpicRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const indexed = rows.map((row, index) => ({ row, index, value: epicValue(row, column, variant) }));
  indexed.sort((a, b) => {
    if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || a.index - b.index;
    const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : String(a.value).localeCompare(String(b.value), 'en', { numeric: true });
    return sign * order || a.index - b.index;
  });
  return indexed.map((x) => x.row);
}
