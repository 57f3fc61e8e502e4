import { useId } from 'react';
import type { EvmResult } from '@contract';
import { errorAdvice } from '../api/error-advice';
import { useResolver } from '../api/use-resolver';
import { BaselineCompare } from './baseline-compare';
import { formatDate, formatMoney } from './evm-format';
import { DeleteBaselineButton } from './delete-baseline-button';
import { SaveBaselineForm } from './save-baseline-form';

export const CURRENT_PLAN = 'current';

interface BaselinePanelProps {
  projectKey: string;
  /** The answer being shown, or null while the figures load. */
  result: EvmResult | null;
  selected: string;
  onSelect: (name: string) => void;
}

/** Which plan PV is measured against, a picker of the stored baselines, and saving the current plan as one. */
export function BaselinePanel({ projectKey, result, selected, onSelect }: BaselinePanelProps) {
  const { state, retry } = useResolver('baselines/list', { projectKey }, projectKey);
  const pickerId = useId();
  const baselines = state.status === 'ready' ? state.data.baselines : [];
  return (
    <section className="keel-section keel-ev-baseline" aria-labelledby="keel-ev-baseline-title" data-testid="baseline-panel">
      <h2 id="keel-ev-baseline-title" className="keel-section__title">Baseline</h2>
      <div className="keel-ev-baseline__row">
        <label htmlFor={pickerId} className="keel-ev-field-label">Measure against</label>
        <select id={pickerId} value={selected} onChange={(event) => onSelect(event.target.value)} disabled={state.status === 'loading'}>
          <option value={CURRENT_PLAN}>The current plan (no stored baseline)</option>
          {baselines.map((b) => (
            <option key={b.name} value={b.name}>{`${b.name} · ${formatDate(b.createdAt.slice(0, 10))} · ${b.issueCount} issues`}</option>
          ))}
        </select>
        {selected !== CURRENT_PLAN && (
          <DeleteBaselineButton
            key={selected}
            projectKey={projectKey}
            name={selected}
            onDeleted={() => {
              onSelect(CURRENT_PLAN);
              retry();
            }}
          />
        )}
      </div>
      {result && (
        <p className="keel-ev-baseline__in-use" data-testid="baseline-in-use">
          <strong>{result.baseline.name === CURRENT_PLAN ? 'In use: the current plan. ' : `In use: baseline “${result.baseline.name}”. `}</strong>
          {result.baseline.description}
        </p>
      )}
      {state.status === 'error' && (
        <p role="alert" className="keel-error-text">{`Keel could not list the stored baselines: ${state.message} ${errorAdvice(state.code)}`}</p>
      )}
      {state.status === 'ready' && baselines.length === 0 && (
        <p className="keel-ev-baseline__none" data-testid="no-baselines">
          {`${projectKey} has no stored baseline yet, so PV is measured against the issues' planned dates and budgets as they stand today, and moves when the plan moves. A project administrator can freeze the plan below; the figures can then be compared with it.`}
        </p>
      )}
      {state.status === 'ready' && baselines.length > 0 && (
        <p className="keel-muted">{`${baselines.length} stored: ${baselines.map((b) => `${b.name} (BAC ${formatMoney(b.bac, result?.currency ?? 'USD')})`).join(', ')}.`}</p>
      )}
      {baselines.map((b) => b.note !== undefined && <p key={b.name} className="keel-muted" data-testid="baseline-note">{`${b.name}: ${b.note}`}</p>)}
      <SaveBaselineForm projectKey={projectKey} onSaved={retry} />
      {state.status === 'ready' && <BaselineCompare projectKey={projectKey} baselines={baselines} />}
    </section>
  );
}
