/**
 * One row of the per-epic table: the epic (linked) with its summary and issue count, then a cell per column in
 * the columns shown; a total row passes its own heading and, for the project's total, the project's own EAC.
 */
import type { ReactNode } from 'react';
import type { EvmEpicRow } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';
import { epicEac, type EacVariant, type EpicEac } from './eac-variant';
import type { EpicColumn } from './epic-sort';
import { formatMoney, formatRatio } from './evm-format';
import { fmt } from '../format/current-format';

const NO_CPI = 'CPI is not defined: nothing spent on this epic yet';
const NO_SPI = 'SPI is not defined: nothing planned on this epic by the status date';

interface EpicRowProps {
  row: EvmEpicRow;
  columns: readonly { id: EpicColumn }[];
  currency: string;
  variant: EacVariant;
  /** The row's heading instead of the epic's key and summary (a total). */
  head?: ReactNode;
  /** The EAC shown instead of the one computed from the row (the project's, which has a bottom-up one). */
  eac?: EpicEac;
  testId?: string;
}

export function EpicRow({ row, columns, currency, variant, head, eac = epicEac(row, variant), testId }: EpicRowProps) {
  const money = (v: number) => formatMoney(v, currency);
  const ratio = (v: number | null, reason: string) => (v === null ? <NotDefined reason={reason} /> : formatRatio(v));
  const cell = (column: EpicColumn): ReactNode => {
    switch (column) {
      case 'sv':
        return money(row.ev - row.pv);
      case 'cv':
        return money(row.ev - row.ac);
      case 'spi':
        return ratio(row.spi, NO_SPI);
      case 'cpi':
        return ratio(row.cpi, NO_CPI);
      case 'eac':
        return eac.value === null ? <NotDefined reason={eac.reason} /> : money(eac.value);
      case 'epic':
        return null;
      default:
        return money(row[column]);
    }
  };
  const value = (column: EpicColumn): number | string | undefined => (column === 'spi' || column === 'cpi' ? (row[column] ?? '') : column === 'eac' ? (eac.value ?? '') : undefined);
  return (
    <tr data-key={head === undefined ? (row.key ?? '') : undefined} data-testid={testId}>
      <th scope="row">
        {head ?? (
          <>
            {row.key === null ? <span className="keel-muted">No epic</span> : <IssueKeyLink issueKey={row.key} />}
            {row.key !== null && <span className="keel-cell-summary">{` ${row.summary}`}</span>}
          </>
        )}
        <span className="keel-muted">{` · ${fmt().number(row.issueCount)} ${row.issueCount === 1 ? 'issue' : 'issues'}`}</span>
      </th>
      {columns
        .filter((c) => c.id !== 'epic')
        .map((c) => (
          <td key={c.id} className="keel-num" data-column={c.id} data-value={value(c.id)}>
            {cell(c.id)}
          </td>
        ))}
    </tr>
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
