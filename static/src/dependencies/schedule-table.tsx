import { useMemo, useState } from 'react';
import type { ScheduleNode, ScheduleSummary } from '@contract';
import { criticalityCell, useCriticalityContext, type CriticalityFigures } from '../forecast/criticality-figures';
import { COLUMNS, sortedBy, type ColumnDefinition, type SortColumn, type SortDirection } from './schedule-sort';
import { SortableHeader } from '../components/sortable-header';
import { ScheduleRow } from './schedule-row';
import { SummaryRows } from './summary-rows';

type TableColumn = Omit<ColumnDefinition, 'id'> & { id: SortColumn | 'criticality' };

/** The forecast's criticality index, after "Critical": issues the forecast does not draw sort after the rest (descending). */
function columnsWith(figures: CriticalityFigures | null): readonly TableColumn[] {
  if (figures === null) return COLUMNS;
  const at = COLUMNS.findIndex((c) => c.id === 'critical') + 1;
  const criticality: TableColumn = { id: 'criticality', label: 'Criticality index', numeric: true, value: (n) => figures.byKey.get(n.key)?.criticality ?? -1 };
  return [...COLUMNS.slice(0, at), criticality, ...COLUMNS.slice(at)];
}

/** The schedule as a table, sortable by any column with the buttons in its headers; with the forecast's criticality where the tab gives it. */
export function ScheduleTable({ nodes, projectKey, summaries = [] }: { nodes: readonly ScheduleNode[]; projectKey: string; summaries?: readonly ScheduleSummary[] }) {
  const figures = useCriticalityContext();
  const columns = useMemo(() => columnsWith(figures), [figures]);
  const [sort, setSort] = useState<{ column: TableColumn['id']; direction: SortDirection }>({ column: 'es', direction: 'ascending' });
  const definition = columns.find((c) => c.id === sort.column) ?? columns[0];
  const rows = useMemo(() => (definition ? sortedBy(nodes, definition.value, sort.direction) : [...nodes]), [nodes, definition, sort.direction]);
  const label = definition?.label ?? sort.column;
  const toggle = (column: TableColumn['id']) =>
    setSort((s) => ({ column, direction: s.column === column && s.direction === 'ascending' ? 'descending' : 'ascending' }));
  return (
    <section className="keel-section" aria-labelledby="keel-schedule-title">
      <h2 id="keel-schedule-title" className="keel-section__title">
        Schedule
      </h2>
      <div className="keel-table-scroll">
        <table className="keel-table keel-table--compact" data-testid="schedule-table">
          <caption className="keel-caption">{`Schedule of ${projectKey}: ${nodes.length} ${nodes.length === 1 ? 'issue' : 'issues'}, sorted by ${label.toLowerCase()}, ${sort.direction}. Dates are working days; slack in working days. Work under way shows the days left and the day it started. Risks and decisions are not scheduled; parents are summary tasks, listed last.${figures ? ` Criticality index: the share of the forecast's simulated plans in which the issue was critical.` : ''}`}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <SortableHeader key={column.id} id={column.id} label={column.label} numeric={column.numeric} sort={sort} onSort={toggle} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((n) => (
              <ScheduleRow key={n.key} node={n} {...(figures ? { criticality: criticalityCell(figures, n.key) } : {})} />
            ))}
          </tbody>
          <SummaryRows summaries={summaries} columns={columns.length} />
        </table>
      </div>
    </section>
  );
}
