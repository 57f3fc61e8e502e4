import { useState } from 'react';
import type { RowsSortColumn, ScheduleFilter, ScheduleSortDirection } from '@contract';
import { useResolver } from '../api/use-resolver';
import { SortableHeader } from '../components/sortable-header';
import { downloadCsv } from '../exports/csv-document';
import { ColumnPicker } from './column-picker';
import { ScheduleRow } from './schedule-row';
import { shownColumns } from './schedule-columns';
import { useChosenColumns } from './use-chosen-columns';
import { scheduleCsv } from './schedule-csv';
import { fmt } from '../format/current-format';
import { useCriticalityFigures } from '../forecast/criticality-figures';
import { withCriticality } from './criticality-column';

const PAGE = 100;

/** A large schedule's table: each page sorted and filtered on the server (`schedule/rows`); CSV streams every page. */
export function PagedScheduleTable({ projectKey }: { projectKey: string }) {
  const [sort, setSort] = useState<{ column: RowsSortColumn; direction: ScheduleSortDirection }>({ column: 'es', direction: 'ascending' });
  const [offset, setOffset] = useState(0);
  const [text, setText] = useState('');
  const [criticalOnly, setCriticalOnly] = useState(false);
  const [exporting, setExporting] = useState<string | null>(null);
  const [chosen, choose] = useChosenColumns();
  const columns = shownColumns(chosen);
  const filter: ScheduleFilter = { ...(text.trim() === '' ? {} : { text: text.trim() }), ...(criticalOnly ? { criticalOnly } : {}) };
  const request = { projectKey, offset, limit: PAGE, sort: sort.column, direction: sort.direction, filter };
  const { state } = useResolver('schedule/rows', request, JSON.stringify(request));
  const toggle = (column: RowsSortColumn) => {
    setOffset(0);
    setSort((s) => ({ column, direction: s.column === column && s.direction === 'ascending' ? 'descending' : 'ascending' }));
  };
  const exportCsv = async () => {
    setExporting('Exporting…');
    try {
      const csv = await scheduleCsv({ projectKey, sort: sort.column, direction: sort.direction, filter }, columns, (done, total) => setExporting(`Exporting: ${fmt().number(done)} of ${fmt().number(total)} rows…`));
      downloadCsv(csv, `keel-${projectKey}-schedule.csv`);
      setExporting(null);
    } catch (error) {
      setExporting(`The CSV export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const page = state.status === 'ready' ? state.data : null;
  // The page's own keys: a large project's forecast is stored, and only the rows shown are checked as the viewer.
  const figures = useCriticalityFigures(projectKey, page?.rows.map((n) => n.key) ?? []);
  const shown = withCriticality(columns, figures);
  const label = shown.find((c) => c.id === sort.column)?.label ?? sort.column;
  // Sorted by criticality while no forecast is stored: the rows keep issue-key order, and the caption says why.
  const unsorted = sort.column === 'criticality' && page?.forecast !== undefined && page.forecast.state !== 'ready';
  return (
    <section className="keel-section" aria-labelledby="keel-schedule-title">
      <h2 id="keel-schedule-title" className="keel-section__title">
        Schedule
      </h2>
      <div className="keel-filters">
        <label>
          {'Find '}
          <input value={text} onChange={(e) => (setText(e.target.value), setOffset(0))} placeholder="key or summary" size={18} />
        </label>
        <label className="keel-check">
          <input type="checkbox" checked={criticalOnly} onChange={(e) => (setCriticalOnly(e.target.checked), setOffset(0))} />
          Critical only
        </label>
        <button type="button" className="keel-button keel-button--subtle" disabled={exporting?.startsWith('Exporting') === true} onClick={() => void exportCsv()}>
          Export CSV
        </button>
        <ColumnPicker chosen={chosen} onChoose={choose} />
        {exporting && <span role="status" className="keel-muted">{exporting}</span>}
      </div>
      <div className="keel-table-scroll">
        <table className="keel-table keel-table--compact" data-testid="schedule-table">
          <caption className="keel-caption" data-testid="schedule-page">
            {page ? `Schedule of ${projectKey}: rows ${page.total === 0 ? 0 : page.offset + 1}–${page.offset + page.rows.length} of ${fmt().number(page.total)}${page.total < page.issueCount ? ` matching (of ${fmt().number(page.issueCount)})` : ''}, sorted by ${label.toLowerCase()}, ${sort.direction}.${unsorted ? ' No forecast is stored yet (it is being computed in the background), so the rows are in issue-key order.' : ''}` : `Loading the schedule of ${projectKey}…`}
          </caption>
          <thead>
            <tr>
              {shown.map((column) => (
                <SortableHeader key={column.id} id={column.id} label={column.label} numeric={column.numeric} sort={sort} onSort={toggle} />
              ))}
            </tr>
          </thead>
          <tbody>{page?.rows.map((n) => <ScheduleRow key={n.key} node={n} columns={shown} />)}</tbody>
        </table>
      </div>
      {state.status === 'error' && <p role="alert" className="keel-error-text">{state.message}</p>}
      {page && (
        <p className="keel-pager">
          <button type="button" className="keel-button keel-button--subtle" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            Previous
          </button>{' '}
          <button type="button" className="keel-button keel-button--subtle" disabled={page.offset + page.rows.length >= page.total} onClick={() => setOffset(page.offset + page.rows.length)}>
            Next
          </button>
        </p>
      )}
    </section>
  );
}
