import type { LevelledIssueView, LoadRowView } from '@contract';
import { longDate } from '../forecast/forecast-format';
import { IssueKeyLink } from '../overview/issue-key-link';
import { hoursText, issuesOf, loadOf, type LoadPlan } from './resources-format';

interface Props {
  row: LoadRowView;
  week: string;
  weekIndex: number;
  plan: LoadPlan;
  issues: ReadonlyMap<string, LevelledIssueView>;
}

/** The issues that make a cell's load, with their dates in the plan shown. */
export function CellIssues({ row, week, weekIndex, plan, issues }: Props) {
  const cell = row.cells[weekIndex];
  if (!cell) return null;
  const { keys, count } = issuesOf(cell, plan);
  return (
    <section className="keel-section" aria-labelledby="keel-resources-cell-title" data-testid="resources-cell-issues">
      <h2 id="keel-resources-cell-title" className="keel-section__title">
        {`${row.resource}, week of ${longDate(week)}: ${hoursText(loadOf(cell, plan))} of ${hoursText(cell.capacityHours)}`}
      </h2>
      {keys.length === 0 ? (
        <p className="keel-muted">No issue holds this {row.kind} this week in the {plan === 'cpm' ? 'critical-path' : 'levelled'} plan.</p>
      ) : (
        <table className="keel-table">
          <thead>
            <tr>
              <th scope="col">Issue</th>
              <th scope="col">Summary</th>
              <th scope="col">{plan === 'cpm' ? 'CPM dates' : 'Levelled dates'}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => {
              const issue = issues.get(key);
              const [from, to] = issue ? (plan === 'cpm' ? [issue.earlyStart, issue.earlyFinish] : [issue.levelledStart, issue.levelledFinish]) : ['', ''];
              return (
                <tr key={key}>
                  <th scope="row">
                    <IssueKeyLink issueKey={key} />
                  </th>
                  <td>{issue?.summary ?? ''}</td>
                  <td>{issue ? `${longDate(from)} – ${longDate(to)}` : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {count > keys.length && <p className="keel-muted">{`And ${count - keys.length} more issues (the first ${keys.length} are listed).`}</p>}
    </section>
  );
}
