import type { Person, RaciDeliverable } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';
import { SortableHeader } from '../components/sortable-header';
import { raciRolesOf, roleWords } from './raci-roles-of';
import { personColumn, type RaciSort, type SortDirection } from './raci-sort';
import { useGridKeys } from './use-grid-keys';

interface RaciTableProps {
  /** The rows shown: every deliverable, or one page of them. */
  rows: readonly RaciDeliverable[];
  people: readonly Person[];
  /** With it, each header is a button that sorts by its column (a long matrix); without, plain headers. */
  sorting?: { sort: { column: RaciSort; direction: SortDirection }; onSort: (column: RaciSort) => void };
}

/**
 * The matrix: a row per deliverable, a column per person, each cell the person's roles on that row. Arrow keys
 * move between cells (the first cell is in the tab order); each cell reads "Person: Responsible and Accountable".
 */
export function RaciTable({ rows, people, sorting }: RaciTableProps) {
  const onKeyDown = useGridKeys();
  const cols = people.length + 1;
  const name = (person: Person) => (
    <>
      {person.displayName}
      {!person.active && <span className="keel-muted"> (deactivated)</span>}
    </>
  );
  const inactive = (person: Person) => (person.active ? undefined : 'keel-raci-inactive');
  return (
    <div className="keel-raci-scroll">
      <table className="keel-table keel-raci-table" data-testid="raci-table" data-cols={cols} onKeyDown={onKeyDown} aria-label="RACI matrix">
        <thead>
          <tr>
            {sorting ? <SortableHeader id="deliverable" label="Deliverable" numeric={false} sort={sorting.sort} onSort={sorting.onSort} /> : <th scope="col">Deliverable</th>}
            {people.map((person) =>
              sorting ? (
                <SortableHeader key={person.accountId} id={personColumn(person.accountId)} label={name(person)} numeric={false} sort={sorting.sort} onSort={sorting.onSort} className={inactive(person)} />
              ) : (
                <th key={person.accountId} scope="col" className={inactive(person)}>
                  {name(person)}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.key} data-key={row.key}>
              <th scope="row" data-grid-cell="" data-row={r} data-col={0} tabIndex={r === 0 ? 0 : -1}>
                <IssueKeyLink issueKey={row.key} /> <span className="keel-raci-summary">{row.summary}</span>
                {row.accountableSource === 'reporter' && <span className="keel-muted"> (A: reporter)</span>}
              </th>
              {people.map((person, c) => {
                const roles = raciRolesOf(row, person.accountId);
                return (
                  <td
                    key={person.accountId}
                    data-grid-cell=""
                    data-row={r}
                    data-col={c + 1}
                    tabIndex={-1}
                    aria-label={`${person.displayName}: ${roleWords(roles)}`}
                    className={roles.length === 0 ? 'keel-raci-cell keel-raci-cell--empty' : 'keel-raci-cell'}
                  >
                    {roles.map((role) => (
                      <span key={role} className={`keel-raci-role keel-raci-role--${role}`} aria-hidden="true">
                        {role}
                      </span>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
