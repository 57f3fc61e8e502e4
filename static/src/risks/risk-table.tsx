import type { ScoredRisk } from '@contract';
import type { RiskColumnDefinition, RiskColumnId } from './risk-columns';
import { RiskRow } from './risk-row';
import type { SortDirection } from './risk-sort';
import { SortableHeader } from '../components/sortable-header';

interface RiskTableProps {
  rows: readonly ScoredRisk[];
  total: number;
  columns: readonly RiskColumnDefinition[];
  sort: { column: RiskColumnId; direction: SortDirection };
  onSort: (column: RiskColumnId) => void;
}

/** The register as a table, sortable with the buttons in its column headers. */
export function RiskTable({ rows, total, columns, sort, onSort }: RiskTableProps) {
  const label = columns.find((c) => c.id === sort.column)?.label ?? sort.column;
  const shown = rows.length === total ? `${total} ${total === 1 ? 'risk' : 'risks'}` : `${rows.length} of ${total} risks`;
  return (
    <div className="keel-table-scroll">
      <table className="keel-table keel-table--compact keel-risk-table" data-testid="risk-table">
        <caption className="keel-caption">{`Risk register: ${shown}, sorted by ${label.toLowerCase()}, ${sort.direction}.`}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <SortableHeader key={column.id} id={column.id} label={column.label} numeric={column.numeric && column.id !== 'flags' && column.id !== 'problems'} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((risk) => (
            <RiskRow key={risk.key} risk={risk} columns={columns} />
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="keel-muted">
                No risks match the filters.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
