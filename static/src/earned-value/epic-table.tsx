import { useMemo, useState } from 'react';
import type { EvmResult } from '@contract';
import { eacDefinition, type EacVariant } from './eac-variant';
import { EPIC_COLUMNS, PAGED_EPIC_COLUMNS, WORST_FIRST, epicSortLabel, sortedEpics, type EpicColumn, type EpicSort, type SortDirection } from './epic-sort';
import { EpicRow } from './epic-row';
import { epicsTotal, projectTotal } from './epics-total';
import { SortableHeader } from '../components/sortable-header';
import { FindBox } from '../components/find-box';
import { Pager, pageRange } from '../components/pager';
import { isPaged } from '../components/table-page';
import { useFoundPage } from '../components/use-found-page';
import { CsvButton } from '../exports/csv-button';
import { evmEpicsCsv } from '../exports/evm-csv';
import { fmt } from '../format/current-format';

interface EpicTableProps {
  result: Pick<EvmResult, 'epics' | 'figures' | 'notDefined' | 'currency'>;
  /** Names the CSV file. */
  projectKey: string;
  variant: EacVariant;
}

type Sort = { column: EpicSort; direction: SortDirection };

const EPICS = { one: 'epic', other: 'epics' };
const EPICS_FOUND = { one: 'epic found', other: 'epics found' };
const epicTexts = (row: EvmResult['epics'][number]) => [row.key ?? 'No epic', row.summary];

/**
 * BAC, PV, EV, AC, SPI, CPI and EAC per epic, sortable by any column with the buttons in its headers. More epics
 * than a page (a programme has hundreds) and the table pages: worst first at the start (lowest SPI or CPI), a Find
 * box, the variances as columns, a pager, and totals over every epic the viewer sees (and over the ones found).
 * The CSV holds every row found, in the order shown, not one page, and print prints them all. One page of epics
 * shows as it always has.
 */
export function EpicTable({ result, variant, projectKey }: EpicTableProps) {
  const { epics, currency } = result;
  const paged = isPaged(epics.length);
  const [sort, setSort] = useState<Sort>(paged ? { column: 'worst', direction: 'ascending' } : { column: 'bac', direction: 'descending' });
  const sorted = useMemo(() => sortedEpics(epics, sort.column, sort.direction, variant), [epics, sort, variant]);
  const { query, find, toPage, found, page, filtered } = useFoundPage(sorted, epicTexts);
  const columns = paged ? PAGED_EPIC_COLUMNS : EPIC_COLUMNS;
  const sortBy = (next: Sort) => (setSort(next), toPage(0));
  const toggle = (column: EpicColumn) => sortBy({ column, direction: sort.column === column && sort.direction === 'descending' ? 'ascending' : 'descending' });
  const order = sort.column === 'worst' ? `sorted ${WORST_FIRST}` : `sorted by ${epicSortLabel(sort.column)}, ${sort.direction}`;
  const caption = paged
    ? `Earned value by epic in ${currency}: ${pageRange(page, filtered ? EPICS_FOUND : EPICS)}${filtered ? ` (of ${fmt().number(epics.length)})` : ''}, ${order}. SV = EV − PV, CV = EV − AC. EAC ${eacDefinition(variant).formula}. A dash is not defined; hover it for why.`
    : `Earned value by epic in ${currency}, ${order}. EAC ${eacDefinition(variant).formula}. A dash is not defined; hover it for why.`;
  const total = paged ? projectTotal(result, variant) : null;
  return (
    <section className="keel-section" aria-labelledby="keel-ev-epics-title">
      <div className="keel-ev-section-head">
        <h2 id="keel-ev-epics-title" className="keel-section__title">By epic</h2>
        <CsvButton csv={() => evmEpicsCsv(found, currency, variant)} fileName={`keel-${projectKey}-earned-value-epics.csv`} label={filtered ? `Export the ${fmt().number(found.length)} found as CSV` : undefined} />
      </div>
      {paged && (
        <div className="keel-filters keel-table-tools">
          <FindBox value={query} onChange={find} label="Find epics by key or summary" placeholder="key or summary" testId="epic-find" />
          <button type="button" className="keel-button keel-button--subtle" aria-pressed={sort.column === 'worst'} onClick={() => sortBy({ column: 'worst', direction: 'ascending' })}>
            Worst first
          </button>
        </div>
      )}
      <div className="keel-table-scroll">
        <table className="keel-table keel-table--compact" data-testid="epic-table">
          <caption className="keel-caption">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <SortableHeader key={c.id} id={c.id} label={c.label} numeric={c.numeric} sort={sort} onSort={toggle} />
              ))}
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <EpicRow key={row.key ?? 'none'} row={row} columns={columns} currency={currency} variant={variant} />
            ))}
          </tbody>
          {total && (
            <tfoot className="keel-table-totals">
              {filtered && (
                <EpicRow row={epicsTotal(found, 'Found')} columns={columns} currency={currency} variant={variant} head={`Total of the ${fmt().number(found.length)} found`} testId="epic-total-found" />
              )}
              <EpicRow row={total.row} columns={columns} currency={currency} variant={variant} eac={total.eac} head={`Total of all ${fmt().number(epics.length)} rows`} testId="epic-total" />
            </tfoot>
          )}
        </table>
      </div>
      {paged && <Pager page={page} noun={filtered ? EPICS_FOUND : EPICS} onPage={toPage} testId="epic-pager" />}
    </section>
  );
}
