import { useMemo, useState } from 'react';
import type { EvmEpicRow } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';
import { eacDefinition, epicEac, type EacVariant } from './eac-variant';
import { EPIC_COLUMNS, sortedEpics, type EpicColumn, type SortDirection } from './epic-sort';
import { formatMoney, formatRatio } from './evm-format';
import { SortableHeader } from '../components/sortable-header';
import { CsvButton } from '../exports/csv-button';
import { evmEpicsCsv } from '../exports/evm-csv';

interface EpicTableProps {
  epics: readonly EvmEpicRow[];
  /** Names the CSV file. */
  projectKey: string;
  currency: string;
  variant: EacVariant;
}

const NO_CPI = 'CPI is not defined: nothing spent on this epic yet';
const NO_SPI = 'SPI is not defined: nothing planned on this epic by the status date';

/** BAC, PV, EV, AC, SPI, CPI and EAC per epic, sortable by any column with the buttons in its headers. */
export function EpicTable({ epics, currency, variant, projectKey }: EpicTableProps) {
  const [sort, setSort] = useState<{ column: EpicColumn; direction: SortDirection }>({ column: 'bac', direction: 'descending' });
  const rows = useMemo(() => sortedEpics(epics, sort.column, sort.direction, variant), [epics, sort, variant]);
  const toggle = (column: EpicColumn) =>
    setSort((s) => ({ column, direction: s.column === column && s.direction === 'descending' ? 'ascending' : 'descending' }));
  const money = (v: number) => formatMoney(v, currency);
  const ratio = (v: number | null, reason: string) => (v === null ? <NotDefined reason={reason} /> : formatRatio(v));
  const label = EPIC_COLUMNS.find((c) => c.id === sort.column)?.label ?? sort.column;
  return (
    <section className="keel-section" aria-labelledby="keel-ev-epics-title">
      <div className="keel-ev-section-head">
        <h2 id="keel-ev-epics-title" className="keel-section__title">By epic</h2>
        <CsvButton csv={() => evmEpicsCsv(rows, currency, variant)} fileName={`keel-${projectKey}-earned-value-epics.csv`} />
      </div>
      <div className="keel-table-scroll">
        <table className="keel-table keel-table--compact" data-testid="epic-table">
          <caption className="keel-caption">{`Earned value by epic in ${currency}, sorted by ${label}, ${sort.direction}. EAC ${eacDefinition(variant).formula}. A dash is not defined; hover it for why.`}</caption>
          <thead>
            <tr>
              {EPIC_COLUMNS.map((c) => (
              <SortableHeader key={c.id} id={c.id} label={c.label} numeric={c.numeric} sort={sort} onSort={toggle} />
            ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const eac = epicEac(row, variant);
              return (
                <tr key={row.key ?? 'none'} data-key={row.key ?? ''}>
                  <th scope="row">
                    {row.key === null ? <span className="keel-muted">No epic</span> : <IssueKeyLink issueKey={row.key} />}
                    {row.key !== null && <span className="keel-cell-summary">{` ${row.summary}`}</span>}
                    <span className="keel-muted">{` · ${row.issueCount} ${row.issueCount === 1 ? 'issue' : 'issues'}`}</span>
                  </th>
                  <td className="keel-num" data-column="bac">{money(row.bac)}</td>
                  <td className="keel-num" data-column="pv">{money(row.pv)}</td>
                  <td className="keel-num" data-column="ev">{money(row.ev)}</td>
                  <td className="keel-num" data-column="ac">{money(row.ac)}</td>
                  <td className="keel-num" data-column="spi" data-value={row.spi ?? ''}>{ratio(row.spi, NO_SPI)}</td>
                  <td className="keel-num" data-column="cpi" data-value={row.cpi ?? ''}>{ratio(row.cpi, NO_CPI)}</td>
                  <td className="keel-num" data-column="eac" data-value={eac.value ?? ''}>
                    {eac.value === null ? <NotDefined reason={eac.reason} /> : money(eac.value)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A dash for the eye, with its reason on hover and in words for a screen reader. */
function NotDefined({ reason }: { reason: string }) {
  return (
    <abbr className="keel-ev-dash" title={reason} data-testid="not-defined">
      <span aria-hidden="true">—</span>
      <span className="keel-visually-hidden">{`not defined: ${reason}`}</span>
    </abbr>
  );
}
