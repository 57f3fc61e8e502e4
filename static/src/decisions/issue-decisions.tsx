import { useResolver } from '../api/use-resolver';
import { projectOfIssue } from '../issue-panel/issue-risks-of';
import { IssueKeyLink } from '../overview/issue-key-link';
import { DecisionStatusLozenge } from './decision-status-lozenge';
import { issueDecisionsOf } from './issue-decisions-of';
import { RecordDecisionEntry } from './record-decision-entry';
import { useRecordedDecision } from './use-recorded-decision';

/**
 * The issue panel's decisions: those linked to the issue, from its project's log (`decisions/get`), and a
 * "Record a decision" entry that relates the new decision to this issue. A failure is said here only.
 */
export function IssueDecisions({ issueKey }: { issueKey: string }) {
  const projectKey = projectOfIssue(issueKey);
  const { state, retry } = useResolver('decisions/get', { projectKey }, projectKey);
  const { recorded, pageNote, onRecorded } = useRecordedDecision(projectKey, retry);
  const linked = state.status === 'ready' ? issueDecisionsOf(state.data.decisions, issueKey) : [];
  return (
    <section className="keel-ip-section" aria-labelledby="keel-ip-decisions-title" data-testid="issue-decisions">
      <h2 id="keel-ip-decisions-title" className="keel-ip-title">
        Decisions <span className="keel-count">{linked.length}</span>
      </h2>
      {state.status === 'loading' && <p className="keel-muted keel-ip-text">{`Loading the decisions of ${projectKey}…`}</p>}
      {state.status === 'error' && (
        <p className="keel-ip-text" data-testid="issue-decisions-error">
          {`Keel could not load the decisions of ${projectKey}: ${state.message} `}
          <button type="button" className="keel-link-button" onClick={retry}>
            Try again
          </button>
        </p>
      )}
      {state.status === 'ready' && linked.length === 0 && <p className="keel-muted keel-ip-text">No decision is linked to {issueKey}.</p>}
      {linked.length > 0 && (
        <ul className="keel-ip-decisions">
          {linked.map((d) => (
            <li key={d.key} data-key={d.key}>
              <IssueKeyLink issueKey={d.key} /> <DecisionStatusLozenge status={d.status} statusName={d.statusName} /> <span>{d.title}</span>
              {d.outcome !== '' && <span className="keel-muted">{` — ${d.outcome}`}</span>}
              {d.supersededBy.length > 0 && <span className="keel-muted">{` (superseded by ${d.supersededBy.join(', ')})`}</span>}
            </li>
          ))}
        </ul>
      )}
      <RecordDecisionEntry
        projectKey={projectKey}
        relatesTo={issueKey}
        recorded={recorded}
        pageNote={pageNote}
        onRecorded={onRecorded}
      />
    </section>
  );
}
