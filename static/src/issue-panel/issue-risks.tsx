import type { IssueRisksResult } from '@contract';
import { useResolver } from '../api/use-resolver';
import { StoredAnswerNote } from '../components/stored-answer-note';
import { IssueDerivedRisks } from './issue-derived-risks';
import { projectOfIssue } from './issue-risks-of';
import { LinkedRiskList } from './linked-risk-list';

function RisksBody({ risks, onCheckAgain }: { risks: IssueRisksResult; onCheckAgain: () => void }) {
  const { linked, derived, stored } = risks;
  return (
    <>
      {stored && stored.state !== 'ready' && <StoredAnswerNote stored={stored} what="schedule risks of this issue" onCheckAgain={onCheckAgain} />}
      <h3 className="keel-ip-subtitle">
        Linked risks <span className="keel-count">{linked.length}</span>
      </h3>
      <LinkedRiskList linked={linked} />
      <h3 className="keel-ip-subtitle">
        Schedule risks from the plan <span className="keel-count">{derived.length}</span>
      </h3>
      <IssueDerivedRisks derived={derived} />
    </>
  );
}

/**
 * The issue's risks (`risks/issue`: its linked risks and the schedule risks that name it, from the stored
 * analysis for a large project), loaded apart from the schedule: a failure here is said in this section and
 * leaves the schedule shown.
 */
export function IssueRisks({ issueKey }: { issueKey: string }) {
  const projectKey = projectOfIssue(issueKey);
  const { state, retry } = useResolver('risks/issue', { issueKey }, issueKey);
  return (
    <section className="keel-ip-section keel-ip-risks" aria-labelledby="keel-ip-risks-title" data-testid="issue-risks">
      <h2 id="keel-ip-risks-title" className="keel-ip-title">
        Risks
      </h2>
      {state.status === 'loading' && <p className="keel-muted keel-ip-text">{`Loading the risk register of ${projectKey}…`}</p>}
      {state.status === 'error' && (
        <p className="keel-ip-text keel-ip-risks__error" data-testid="issue-risks-error">
          {`Keel could not load the risks of ${projectKey}: ${state.message} `}
          <button type="button" className="keel-link-button" onClick={retry}>
            Try again
          </button>
        </p>
      )}
      {state.status === 'ready' && <RisksBody risks={state.data} onCheckAgain={retry} />}
    </section>
  );
}
