import { useMemo, useState } from 'react';
import type { ScheduleNode, ScheduleSummary } from '@contract';
import { downloadCsv } from '../exports/csv-document';
import { useCriticalityContext } from '../forecast/criticality-figures';
import { criticalityValue, withCriticality } from './criticality-column';
import { sortedBy, sortedSchedule, type SortDirection } from './schedule-sort';
import type { TableColumn } from './schedule-columns';
import { SortableHeader } from '../components/sortable-header';
import { ColumnPicker } from './column-picker';
import { ScheduleRow } from './schedule-row';
import { shownColumns } from './schedule-columns';
import { shownScheduleCsv } from './schedule-csv-lines';
import { SummaryRows } from './summary-rows';
import { useChosenColumns } from './use-chosen-columns';

/**
 * The schedule as a table in the columns the viewer chose, sortable by any of them with the buttons in its headers;
 * with the forecast's criticality index where the tab gives it (criticality-column.ts).
 */
export function ScheduleTable({ nodes, projectKey, summaries = [] }: { nodes: readonly ScheduleNode[]; projectKey: string; summaries?: readonly ScheduleSummary[] }) {
  const figures = useCriticalityContext();
  const [sort, setSort] = useState<{ column: TableColumn['id']; direction: SortDirection }>({ column: 'es', direction: 'ascending' });
  const [chosen, choose] = useChosenColumns();
  const columns = withCriticality(shownColumns(chosen), figures);
  const rows = useMemo(
    () => (sort.column === 'criticality' ? sortedBy(nodes, criticalityValue(figures), sort.direction) : sortedSchedule(nodes, sort.column, sort.direction)),
    [nodes, sort, figures],
  );
  const label = columns.find((c) => c.id === sort.column)?.label ?? sort.column;
  const toggle = (column: TableColumn['id']) =>
    setSort((s) => ({ column, direction: s.column === column && s.direction === 'ascending' ? 'descending' : 'ascending' }));
  return (
    <section className="keel-section" aria-labelledby="keel-schedule-title">
      <h2 id="keel-schedule-title" className="keel-section__title">
        Schedule
      </h2>
      <div className="keel-filters">
        <button type="button" className="keel-button keel-button--subtle" onClick={() => downloadCsv(shownScheduleCsv(rows, summaries, columns), `keel-${projectKey}-schedule.csv`)}>
          Export CSV
        </button>
        <ColumnPicker chosen={chosen} onChoose={choose} />
      </div>
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
              <ScheduleRow key={n.key} node={n} columns={columns} />
            ))}
          </tbody>
          <SummaryRows summaries={summaries} columns={columns} />
        </table>
      </div>
    </section>
  );
}
