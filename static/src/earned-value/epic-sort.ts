/**
 * The per-epic table's columns and how each sorts. Not-defined values (null) sort last either way, and ties keep
 * the resolver's order, so a sort is stable. Example: by CPI ascending, the epic burning most money comes first.
 * `worst` is the lower of SPI and CPI (the defined one when only one is): ascending, the epics most behind on
 * schedule or over budget come first, e.g. SPI 0.9 and CPI 0.6 sorts as 0.6, before SPI 0.7 and CPI 1.1.
 */
import type { EvmEpicRow } from '@contract';
import { epicEac, type EacVariant } from './eac-variant';

export type EpicColumn = 'epic' | 'bac' | 'pv' | 'ev' | 'ac' | 'sv' | 'cv' | 'spi' | 'cpi' | 'eac';
export type EpicSort = EpicColumn | 'worst';
export type SortDirection = 'ascending' | 'descending';

interface ColumnDefinition {
  id: EpicColumn;
  label: string;
  numeric: boolean;
}

/** The columns of a table on one page, as they have always been. */
export const EPIC_COLUMNS: readonly ColumnDefinition[] = [
  { id: 'epic', label: 'Epic', numeric: false },
  { id: 'bac', label: 'BAC', numeric: true },
  { id: 'pv', label: 'PV', numeric: true },
  { id: 'ev', label: 'EV', numeric: true },
  { id: 'ac', label: 'AC', numeric: true },
  { id: 'spi', label: 'SPI', numeric: true },
  { id: 'cpi', label: 'CPI', numeric: true },
  { id: 'eac', label: 'EAC', numeric: true },
];

/** A paged table's columns: the variances too (SV = EV − PV, CV = EV − AC), to sort hundreds of epics by money lost. */
export const PAGED_EPIC_COLUMNS: readonly ColumnDefinition[] = [
  ...EPIC_COLUMNS.slice(0, 5),
  { id: 'sv', label: 'SV', numeric: true },
  { id: 'cv', label: 'CV', numeric: true },
  ...EPIC_COLUMNS.slice(5),
];

/** How the caption names the `worst` sort. */
export const WORST_FIRST = 'worst first (by the lower of SPI and CPI, lowest first)';

/** What the caption calls a column's sort: its label. */
export function epicSortLabel(sort: EpicSort): string {
  return sort === 'worst' ? 'the lower of SPI and CPI' : (PAGED_EPIC_COLUMNS.find((c) => c.id === sort)?.label ?? sort);
}

export function epicValue(row: EvmEpicRow, column: EpicSort, variant: EacVariant): string | number | null {
  switch (column) {
    case 'epic':
      return row.key === null ? '\uffff' : `${row.key} ${row.summary}`;
    case 'eac':
      return epicEac(row, variant).value;
    case 'sv':
      return row.ev - row.pv;
    case 'cv':
      return row.ev - row.ac;
    case 'worst': {
      const defined = [row.spi, row.cpi].filter((v): v is number => v !== null);
      return defined.length === 0 ? null : Math.min(...defined);
    }
    default:
      return row[column];
  }
}

export function sortedEpics(rows: readonly EvmEpicRow[], column: EpicSort, direction: SortDirection, variant: EacVariant): EvmEpicRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const indexed = rows.map((row, index) => ({ row, index, value: epicValue(row, column, variant) }));
  indexed.sort((a, b) => {
    if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || a.index - b.index;
    const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : String(a.value).localeCompare(String(b.value), 'en', { numeric: true });
    return sign * order || a.index - b.index;
  });
  return indexed.map((x) => x.row);
}
