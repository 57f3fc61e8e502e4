import { useMemo, useState } from 'react';
import type { BaselineIssueChange } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';
import { COMPARE_COLUMNS, sortedChanges, type CompareColumn } from './compare-sort';
import type { SortDirection } from './epic-sort';
import { signedDays, signedMoney } from './compare-format';
import { formatDate, formatMoney } from './evm-format';
import { SortableHeader } from '../components/sortable-header';

interface CompareTableProps {
  changes: readonly BaselineIssueChange[];
  currency: string;
  fromName: string;
  toName: string;
}

const CHANGE_LABELS = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;

/** The issues whose plan differs between two baselines, sortable by any column with the buttons in its headers. */
export function CompareTable({ changes, currency, fromName, toName }: CompareTableProps) {
  const [sort, setSort] = useState<{ column: CompareColumn; direction: SortDirection }>({ column: 'key', direction: 'ascending' });
  const rows = useMemo(() => sortedChanges(changes, sort.column, sort.direction), [changes, sort]);
  const toggle = (column: CompareColumn) =>
    setSort((s) => ({ column, direction: s.column === column ? (s.direction === 'ascending' ? 'descending' : 'ascending') : column === 'key' ? 'ascending' : 'descending' }));
  const label = COMPARE_COLUMNS.find((c) => c.id === sort.column)?.label ?? sort.column;
  return (
    <div className="keel-table-scroll">
      <table className="keel-table keel-table--compact" data-testid="compare-table">
        <caption className="keel-caption">{`Issues planned differently in ${fromName} and ${toName}, sorted by ${label}, ${sort.direction}. Moves are in working days, later is +.`}</caption>
        <thead>
          <tr>
            {COMPARE_COLUMNS.map((c) => (
              <SortableHeader key={c.id} id={c.id} label={c.label} numeric={c.numeric} sort={sort} onSort={toggle} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-key={row.key} data-change={row.change}>
              <th scope="row">
                <IssueKeyLink issueKey={row.key} />
                <span className="keel-cell-summary">{` ${row.summary}`}</span>
              </th>
              <td data-column="change">
                <span className={`keel-ev-change keel-ev-change--${row.change}`}>{CHANGE_LABELS[row.change]}</span>
              </td>
              <td className="keel-num" data-column="startMovedDays" data-value={row.startMovedDays ?? ''}>
                <Moved days={row.startMovedDays} from={row.from?.start ?? null} to={row.to?.start ?? null} />
              </td>
              <td className="keel-num" data-column="finishMovedDays" data-value={row.finishMovedDays ?? ''}>
                <Moved days={row.finishMovedDays} from={row.from?.finish ?? null} to={row.to?.finish ?? null} />
              </td>
              <td className="keel-num" data-column="budgetChange" data-value={row.budgetChange} title={`${row.from ? formatMoney(row.from.budget, currency) : 'not planned'} → ${row.to ? formatMoney(row.to.budget, currency) : 'not planned'}`}>
                {signedMoney(row.budgetChange, currency)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Days moved with the dates on hover; a dash when the date is not in both plans. */
function Moved({ days, from, to }: { days: number | null; from: string | null; to: string | null }) {
  const dates = `${from === null ? 'no date' : formatDate(from)} → ${to === null ? 'no date' : formatDate(to)}`;
  if (days === null) {
    return (
      <abbr className="keel-ev-dash" title={dates}>
        <span aria-hidden="true">—</span>
        <span className="keel-visually-hidden">{`not comparable: ${dates}`}</span>
      </abbr>
    );
  }
  return <span title={dates}>{signedDays(days)}</span>;
}
