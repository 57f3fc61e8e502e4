import { useMemo } from 'react';
import type { RiskRegisterResult } from '@contract';
import { useResolver } from '../api/use-resolver';
import { IssueDerivedRisks } from './issue-derived-risks';
import { issueRisksOf, projectOfIssue } from './issue-risks-of';
import { LinkedRiskList } from './linked-risk-list';

function RisksBody({ register, issueKey }: { register: RiskRegisterResult; issueKey: string }) {
  const { linked, derived } = useMemo(() => issueRisksOf(register, issueKey), [register, issueKey]);
  return (
    <>
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
 * The issue's risks from its project's register (`risks/get`), loaded apart from the schedule: a failure here
 * is said in this section and leaves the schedule shown.
 */
export function IssueRisks({ issueKey }: { issueKey: string }) {
  const projectKey = projectOfIssue(issueKey);
  const { state, retry } = useResolver('risks/get', { projectKey }, projectKey);
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
      {state.status === 'ready' && <RisksBody register={state.data} issueKey={issueKey} />}
    </section>
  );
}
