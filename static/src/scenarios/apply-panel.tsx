import { useState } from 'react';
import type { ApplyPlanResult, ApplyResult } from '@contract';
import { callResolver } from '../api/call-resolver';
import { appliedCounts, outcomeCounts } from '../../../src/domain/scenario/applied-counts';
import { applyPayload } from './apply-payload';

type Outcome = ApplyResult['results'][number]['outcome'];
/** How each outcome reads in the results list. */
const OUTCOME_LABELS: Record<Outcome, string> = { done: '✓ Done', already: '= Already in Jira', refused: '✕ Refused' };

const changes = (n: number) => `${n} change${n === 1 ? '' : 's'}`;

type State =
  | { step: 'idle' }
  | { step: 'busy'; label: string }
  | { step: 'listed'; plan: ApplyPlanResult }
  | { step: 'applied'; result: ApplyResult }
  | { step: 'error'; message: string };

/**
 * "Apply to Jira": first the exact list of changes, written only after the user confirms it; then each change
 * done or refused with Jira's reason. Nothing is written before the confirmation, and the list confirmed goes
 * back with the apply: a change whose field Jira changed since it was listed is refused, not overwritten, and one
 * Jira already holds (an earlier apply made it) is shown already so.
 */
export function ApplyPanel({ projectKey, id, applied, onApplied }: { projectKey: string; id: string; applied: boolean; onApplied: () => void }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const fail = (error: unknown) => setState({ step: 'error', message: error instanceof Error ? error.message : String(error) });
  const list = () => {
    setState({ step: 'busy', label: 'Listing the changes…' });
    callResolver('scenarios/apply-plan', { projectKey, id }).then((plan) => setState({ step: 'listed', plan }), fail);
  };
  const apply = (plan: ApplyPlanResult) => {
    setState({ step: 'busy', label: plan.changes.length > 0 ? `Making ${changes(plan.changes.length)} in Jira…` : 'Recording the apply…' });
    callResolver('scenarios/apply', applyPayload(projectKey, id, plan)).then((result) => {
      setState({ step: 'applied', result });
      onApplied();
    }, fail);
  };
  return (
    <div className="keel-scenario-apply" aria-live="polite">
      {state.step === 'idle' && !applied && <button type="button" className="keel-button" onClick={list}>Apply to Jira…</button>}
      {state.step === 'busy' && <p className="keel-muted">{state.label}</p>}
      {state.step === 'error' && (
        <div role="alert" className="keel-scenario__problem">
          {state.message} <button type="button" className="keel-button keel-button--subtle" onClick={() => setState({ step: 'idle' })}>Close</button>
        </div>
      )}
      {state.step === 'listed' && (
        <div className="keel-scenario-apply__list">
          <h4>These changes will be made in Jira as you</h4>
          {state.plan.changes.length === 0 ? <p>None: Jira already matches this scenario.</p> : (
            <ul>{state.plan.changes.map((c) => <li key={c.id}>{c.text}</li>)}</ul>
          )}
          {state.plan.alreadyInJira.length > 0 && (
            <>
              <h4>Already in Jira (not written)</h4>
              <ul className="keel-scenario-apply__in-jira">{state.plan.alreadyInJira.map((c) => <li key={c.id}>{c.text}</li>)}</ul>
            </>
          )}
          {state.plan.notWritten.length > 0 && (
            <>
              <h4>Not written</h4>
              <ul>{state.plan.notWritten.map((n, i) => <li key={i}>{n.edit}: {n.reason}</li>)}</ul>
            </>
          )}
          {/* With nothing to write but changes already in Jira, the apply only records them: the scenario reads applied. */}
          <button type="button" className="keel-button keel-button--primary" disabled={state.plan.changes.length === 0 && state.plan.alreadyInJira.length === 0} onClick={() => apply(state.plan)}>
            {state.plan.changes.length > 0 || state.plan.alreadyInJira.length === 0 ? `Make ${changes(state.plan.changes.length)}` : 'Record as applied (nothing to write)'}
          </button>{' '}
          <button type="button" className="keel-button keel-button--subtle" onClick={() => setState({ step: 'idle' })}>Cancel</button>
        </div>
      )}
      {state.step === 'applied' && (
        <div className="keel-scenario-apply__results">
          <h4>Applied: {appliedCounts(outcomeCounts(state.result.results))}</h4>
          <ul>
            {state.result.results.map((r) => (
              <li key={r.id} className={`keel-scenario-apply__${r.outcome}`}>
                <strong>{OUTCOME_LABELS[r.outcome]}</strong> {r.text}{r.message && <span className="keel-muted"> ({r.message})</span>}
              </li>
            ))}
          </ul>
          <p className="keel-muted">Refresh the tab to see the plan as Jira now has it.</p>
          {state.result.results.some((r) => r.outcome === 'refused') && (
            <button type="button" className="keel-button" onClick={list}>List what is still to do…</button>
          )}
        </div>
      )}
    </div>
  );
}
