import type { MacroRaciResult } from '@contract';
import { EmptyState } from '../components/empty-state';
import { IssueKeyLink } from '../overview/issue-key-link';
import { MacroHeader } from './macro-header';
import { rolesOf } from './raci-roles';

/** The RACI macro: findings above a read-only matrix of deliverables by people. */
export function RaciMacro({ data }: { data: MacroRaciResult }) {
  return (
    <section className="keel-macro" data-testid="raci-macro">
      <MacroHeader title="RACI matrix" scope={data.scope} />
      {data.findings.length > 0 && (
        <ul className="keel-macro__findings" aria-label="Findings">
          {data.findings.map((f) => (
            <li key={`${f.kind}-${f.issueKeys.join(',')}-${f.people.map((p) => p.accountId).join(',')}`}>
              <strong>{f.title}</strong>
              {f.issueKeys.length > 0 && ` (${f.issueKeys.join(', ')})`}
            </li>
          ))}
        </ul>
      )}
      {data.rows.length === 0 ? (
        <EmptyState title="No deliverables" message="No deliverables in this scope that you may see." />
      ) : (
        <div className="keel-macro__scroll">
          <table className="keel-macro-table keel-macro-raci">
            <caption className="keel-visually-hidden">Responsible, Accountable, Consulted and Informed per deliverable</caption>
            <thead>
              <tr>
                <th scope="col">Deliverable</th>
                {data.people.map((p) => (
                  <th key={p.accountId} scope="col" className="keel-macro-raci__person">
                    {p.active ? p.displayName : `${p.displayName} (deactivated)`}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">
                    <span className="keel-macro__key">
                      <IssueKeyLink issueKey={row.key} />
                    </span>{' '}
                    {row.summary}
                  </th>
                  {data.people.map((p) => (
                    <td key={p.accountId} className="keel-macro-raci__cell">
                      {rolesOf(row, p.accountId)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
