import { useEffect, useId, useState } from 'react';
import type { BaselinePlan } from '@contract';
import { callResolver } from '../api/call-resolver';
import { useResolver } from '../api/use-resolver';

/** A chosen baseline's plan, or why there is none; `null` name: none chosen. */
export type BaselineState = { status: 'none' } | { status: 'loading'; name: string } | { status: 'ready'; plan: BaselinePlan } | { status: 'error'; name: string; message: string };

/** Reads the chosen stored baseline (`baselines/plan`) whenever the choice changes. */
export function useBaselinePlan(projectKey: string, name: string | null): BaselineState {
  const [state, setState] = useState<BaselineState>({ status: 'none' });
  useEffect(() => {
    if (name === null) {
      setState({ status: 'none' });
      return undefined;
    }
    let live = true;
    setState({ status: 'loading', name });
    callResolver('baselines/plan', { projectKey, name }).then(
      (plan) => live && setState({ status: 'ready', plan }),
      (error: unknown) => live && setState({ status: 'error', name, message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [projectKey, name]);
  return state;
}

/** The baselines of earned value (saved on the Earned value tab), to draw under the bars. */
export function BaselinePicker({ projectKey, selected, onSelect }: { projectKey: string; selected: string | null; onSelect: (name: string | null) => void }) {
  const { state } = useResolver('baselines/list', { projectKey }, projectKey);
  const id = useId();
  const baselines = state.status === 'ready' ? state.data.baselines : [];
  return (
    <span className="keel-gantt-toolbar__field">
      <label htmlFor={id}>Baseline</label>
      <select id={id} value={selected ?? ''} onChange={(e) => onSelect(e.target.value === '' ? null : e.target.value)} disabled={state.status !== 'ready' || baselines.length === 0}>
        <option value="">{state.status === 'ready' && baselines.length === 0 ? 'None saved (Earned value tab)' : 'None'}</option>
        {baselines.map((b) => (
          <option key={b.name} value={b.name}>{`${b.name} (${b.createdAt.slice(0, 10)})`}</option>
        ))}
      </select>
      {state.status === 'error' && <span role="alert" className="keel-error-text">{`Baselines could not be listed: ${state.message}`}</span>}
    </span>
  );
}
