import type { ResourcesResult } from '@contract';
import { longDate } from '../forecast/forecast-format';
import { IssueKeyLink } from '../overview/issue-key-link';
import { daysText, waitsForText } from './resources-format';

/** The issues levelling moved, most delayed first: from when to when, and what each waits for. */
export function MovedIssues({ resources }: { resources: ResourcesResult }) {
  const { moved, movedCount } = resources;
  if (movedCount === 0) return <p className="keel-muted">Levelling moved nothing: nobody is asked for more than they have.</p>;
  return (
    <>
      <table className="keel-table" data-testid="resources-moved">
        <thead>
          <tr>
            <th scope="col">Issue</th>
            <th scope="col">Summary</th>
            <th scope="col">Held</th>
            <th scope="col">CPM start</th>
            <th scope="col">Levelled</th>
            <th scope="col" className="keel-num">Delay</th>
            <th scope="col">Waits for</th>
          </tr>
        </thead>
        <tbody>
          {moved.map((issue) => (
            <tr key={issue.key}>
              <th scope="row">
                <IssueKeyLink issueKey={issue.key} />
              </th>
              <td>{issue.summary}</td>
              <td>{issue.resource ?? '—'}</td>
              <td>{longDate(issue.earlyStart)}</td>
              <td>{`${longDate(issue.levelledStart)} – ${longDate(issue.levelledFinish)}`}</td>
              <td className="keel-num">{daysText(issue.delayDays)}</td>
              <td>{waitsForText(issue.waitsFor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {movedCount > moved.length && <p className="keel-muted">{`The ${moved.length} most delayed of ${movedCount} moved issues are listed.`}</p>}
    </>
  );
}
