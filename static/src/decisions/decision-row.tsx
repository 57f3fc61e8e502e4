import type { DecisionRecord } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';
import { DecisionStatusLozenge } from './decision-status-lozenge';
import { IssueKeyList } from './issue-key-list';

/** One decision: key, title and its record (context, options, consequences folded away), status, owner, date, outcome, links. */
export function DecisionRow({ decision }: { decision: DecisionRecord }) {
  const hasRecord = decision.context !== '' || decision.options.length > 0 || decision.consequences !== '';
  return (
    <tr data-key={decision.key} className={decision.status === 'superseded' || decision.status === 'rejected' ? 'keel-decision--closed' : undefined}>
      <td>
        <IssueKeyLink issueKey={decision.key} />
      </td>
      <td>
        <span className="keel-decision-title">{decision.title}</span>
        {hasRecord && (
          <details className="keel-details">
            <summary>Record</summary>
            {decision.context !== '' && <RecordText heading="Context" text={decision.context} />}
            {decision.options.length > 0 && (
              <>
                <h4>Options considered</h4>
                <ul>
                  {decision.options.map((option, index) => (
                    <li key={index}>{option}</li>
                  ))}
                </ul>
              </>
            )}
            {decision.consequences !== '' && <RecordText heading="Consequences" text={decision.consequences} />}
          </details>
        )}
        {decision.problems.map((problem) => (
          <p key={problem} className="keel-muted keel-note">
            {problem}
          </p>
        ))}
      </td>
      <td>
        <DecisionStatusLozenge status={decision.status} statusName={decision.statusName} />
      </td>
      <td>{decision.owner ? `${decision.owner.displayName}${decision.owner.active ? '' : ' (deactivated)'}` : <span className="keel-muted">nobody</span>}</td>
      <td>{decision.date}</td>
      <td className="keel-decision-outcome">{decision.outcome === '' ? <span className="keel-muted">not written</span> : decision.outcome}</td>
      <td>
        <IssueKeyList label="superseded by" keys={decision.supersededBy} />
        <IssueKeyList label="supersedes" keys={decision.supersedes} />
        <IssueKeyList label="relates to" keys={decision.linkedKeys} />
      </td>
    </tr>
  );
}

function RecordText({ heading, text }: { heading: string; text: string }) {
  return (
    <>
      <h4>{heading}</h4>
      <p className="keel-decision-text">{text}</p>
    </>
  );
}
