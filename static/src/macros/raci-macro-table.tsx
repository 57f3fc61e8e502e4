/** The RACI macro's read-only table: a row per deliverable given (all of them, or one page), a column per person, each cell their role letters. */
import type { MacroRaciResult } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';
import { rolesOf } from './raci-roles';

type Data = Pick<MacroRaciResult, 'rows' | 'people'>;

export function RaciMacroTable({ rows, people }: { rows: readonly Data['rows'][number][]; people: Data['people'] }) {
  return (
    <div className="keel-macro__scroll">
      <table className="keel-macro-table keel-macro-raci">
        <caption className="keel-visually-hidden">Responsible, Accountable, Consulted and Informed per deliverable</caption>
        <thead>
          <tr>
            <th scope="col">Deliverable</th>
            {people.map((p) => (
              <th key={p.accountId} scope="col" className="keel-macro-raci__person">
                {p.active ? p.displayName : `${p.displayName} (deactivated)`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <span className="keel-macro__key">
                  <IssueKeyLink issueKey={row.key} />
                </span>{' '}
                {row.summary}
              </th>
              {people.map((p) => (
                <td key={p.accountId} className="keel-macro-raci__cell">
                  {rolesOf(row, p.accountId)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
