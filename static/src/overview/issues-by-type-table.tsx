import type { TypeStatusCount } from '@contract';
import { Lozenge } from '../components/lozenge';
import { StatusBar } from './status-bar';

/** Issues in scope by type and status category, with a proportional bar per type. */
export function IssuesByTypeTable({ rows }: { rows: TypeStatusCount[] }) {
  return (
    <section className="keel-section" aria-labelledby="keel-by-type-title">
      <h2 id="keel-by-type-title" className="keel-section__title">
        Issues by type and status
      </h2>
      <table className="keel-table" data-testid="issues-by-type">
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col" className="keel-num">
              Total
            </th>
            <th scope="col" className="keel-num">
              <Lozenge appearance="default">To do</Lozenge>
            </th>
            <th scope="col" className="keel-num">
              <Lozenge appearance="inprogress">In progress</Lozenge>
            </th>
            <th scope="col" className="keel-num">
              <Lozenge appearance="success">Done</Lozenge>
            </th>
            <th scope="col" className="keel-bar-cell">
              Progress
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.type}>
              <th scope="row">{row.type}</th>
              <td className="keel-num">{row.total}</td>
              <td className="keel-num">{row.byStatusCategory.todo}</td>
              <td className="keel-num">{row.byStatusCategory.inProgress}</td>
              <td className="keel-num">{row.byStatusCategory.done}</td>
              <td className="keel-bar-cell">
                <StatusBar counts={row.byStatusCategory} total={row.total} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
