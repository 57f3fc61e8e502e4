import type { RaciResult } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';
import { raciRolesOf, roleWords } from './raci-roles-of';
import { useGridKeys } from './use-grid-keys';

/**
 * The matrix: a row per deliverable, a column per person, each cell the person's roles on that row. Arrow keys
 * move between cells (the first cell is in the tab order); each cell reads "Person: Responsible and Accountable".
 */
export function RaciTable({ raci }: { raci: RaciResult }) {
  const onKeyDown = useGridKeys();
  const cols = raci.people.length + 1;
  return (
    <div className="keel-raci-scroll">
      <table className="keel-table keel-raci-table" data-testid="raci-table" data-cols={cols} onKeyDown={onKeyDown} aria-label="RACI matrix">
        <thead>
          <tr>
            <th scope="col">Deliverable</th>
            {raci.people.map((person) => (
              <th key={person.accountId} scope="col" className={person.active ? undefined : 'keel-raci-inactive'}>
                {person.displayName}
                {!person.active && <span className="keel-muted"> (deactivated)</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {raci.rows.map((row, r) => (
            <tr key={row.key} data-key={row.key}>
              <th scope="row" data-grid-cell="" data-row={r} data-col={0} tabIndex={r === 0 ? 0 : -1}>
                <IssueKeyLink issueKey={row.key} /> <span className="keel-raci-summary">{row.summary}</span>
                {row.accountableSource === 'reporter' && <span className="keel-muted"> (A: reporter)</span>}
              </th>
              {raci.people.map((person, c) => {
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
