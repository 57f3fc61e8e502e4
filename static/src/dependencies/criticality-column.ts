/**
 * The forecast's criticality index as a schedule-table column (issue #15): after "Critical", shown wherever the tab
 * has the figures (criticality-figures.ts), never chosen away; "83%" in the table, 0.83 in the CSV.
 */
import type { CriticalityFigures } from '../forecast/criticality-figures';
import { criticalityCell } from '../forecast/criticality-figures';
import type { TableColumn } from './schedule-columns';

export function withCriticality(columns: readonly TableColumn[], figures: CriticalityFigures | null): TableColumn[] {
  if (figures === null) return [...columns];
  const column: TableColumn = {
    id: 'criticality',
    label: 'Criticality index',
    numeric: true,
    cell: 'criticality',
    text: (n) => criticalityCell(figures, n.key).text,
    title: (n) => criticalityCell(figures, n.key).title,
    summaryText: () => '–',
    csv: (n) => figures.byKey.get(n.key)?.criticality ?? null,
  };
  const at = columns.findIndex((c) => c.id === 'critical') + 1 || columns.length;
  return [...columns.slice(0, at), column, ...columns.slice(at)];
}

/** The value a criticality sort orders by: issues the forecast does not draw after the rest (descending). */
export const criticalityValue = (figures: CriticalityFigures | null) => (n: { key: string }) => figures?.byKey.get(n.key)?.criticality ?? -1;
