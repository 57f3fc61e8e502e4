import { useId, useState } from 'react';
import type { BaselineComparison, BaselineSummary } from '@contract';
import { errorAdvice } from '../api/error-advice';
import { useResolver } from '../api/use-resolver';
import { signedDays, signedMoney } from './compare-format';
import { CompareTable } from './compare-table';
import { formatDate, formatMoney } from './evm-format';

const CURRENT = 'current';

interface BaselineCompareProps {
  projectKey: string;
  baselines: readonly BaselineSummary[];
}

/** "Compare": two pickers (stored baselines and the current plan) and what changed between them. */
export function BaselineCompare({ projectKey, baselines }: BaselineCompareProps) {
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState(CURRENT);
  const fromId = useId();
  const toId = useId();
  const options = [{ value: CURRENT, label: 'Current plan' }, ...baselines.map((b) => ({ value: b.name, label: `${b.name} · ${formatDate(b.createdAt.slice(0, 10))}` }))];
  const listed = (name: string | null): name is string => name !== null && options.some((o) => o.value === name);
  // Until picked (or once the pick is deleted), compare the newest stored baseline with the plan as it stands.
  const fromName = listed(from) ? from : (baselines.at(-1)?.name ?? CURRENT);
  const toName = listed(to) ? to : CURRENT;
  return (
    <div className="keel-ev-compare" data-testid="baseline-compare">
      <button type="button" className="keel-button keel-button--subtle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? 'Hide comparison' : 'Compare'}
      </button>
      {open && (
        <>
          <div className="keel-ev-baseline__row">
            <label htmlFor={fromId} className="keel-ev-field-label">Compare</label>
            <select id={fromId} value={fromName} onChange={(event) => setFrom(event.target.value)}>
              {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
            <label htmlFor={toId} className="keel-ev-field-label">with</label>
            <select id={toId} value={toName} onChange={(event) => setTo(event.target.value)}>
              {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          </div>
          <CompareResult projectKey={projectKey} from={fromName} to={toName} />
        </>
      )}
    </div>
  );
}

function CompareResult({ projectKey, from, to }: { projectKey: string; from: string; to: string }) {
  const { state, retry } = useResolver('baselines/compare', { projectKey, from, to }, `${projectKey}\n${from}\n${to}`);
  if (state.status === 'loading') return <p className="keel-muted" role="status">{`Comparing ${planName(from)} with ${planName(to)}…`}</p>;
  if (state.status === 'error') {
    return (
      <p role="alert" className="keel-error-text">
        {`Keel could not compare the plans: ${state.message} ${errorAdvice(state.code)} `}
        <button type="button" className="keel-button keel-button--subtle" onClick={retry}>Try again</button>
      </p>
    );
  }
  const c = state.data;
  const total = c.totals.added + c.totals.removed + c.totals.changed;
  return (
    <div data-testid="compare-result">
      <CompareTotals comparison={c} />
      {total === 0 ? (
        <p className="keel-ev-baseline__none" data-testid="compare-empty">
          {`No changes: ${planName(c.from.name)} and ${planName(c.to.name)} have the same ${c.totals.unchanged} issues, with the same planned dates and budgets.`}
        </p>
      ) : (
        <CompareTable changes={c.changes} currency={c.currency} fromName={planName(c.from.name)} toName={planName(c.to.name)} />
      )}
    </div>
  );
}

function CompareTotals({ comparison: c }: { comparison: BaselineComparison }) {
  const { currency } = c;
  const moved = c.totals.plannedFinishMovedDays;
  const hidden = [c.from, c.to].filter((p) => p.hidden > 0);
  return (
    <>
      <dl className="keel-ev-compare__totals" data-testid="compare-totals">
        <div data-testid="compare-bac" data-value={c.totals.bacChange}>
          <dt>BAC change</dt>
          <dd>{`${signedMoney(c.totals.bacChange, currency)} (${formatMoney(c.from.bac, currency)} → ${formatMoney(c.to.bac, currency)})`}</dd>
        </div>
        <div data-testid="compare-finish" data-value={moved ?? ''}>
          <dt>Planned finish</dt>
          <dd>{moved === null ? 'not comparable: a plan has no planned finish' : `${signedDays(moved)} (${formatDate(c.from.plannedFinish ?? '')} → ${formatDate(c.to.plannedFinish ?? '')})`}</dd>
        </div>
        <div data-testid="compare-counts">
          <dt>Issues</dt>
          <dd>{`${c.totals.added} added, ${c.totals.removed} removed, ${c.totals.changed} changed, ${c.totals.unchanged} unchanged`}</dd>
        </div>
      </dl>
      {hidden.map((p) => (
        <p key={p.name} className="keel-muted" data-testid="compare-hidden">
          {`${p.hidden} ${p.hidden === 1 ? 'issue' : 'issues'} of baseline “${p.name}” ${p.hidden === 1 ? 'is' : 'are'} not in your view of the scope now (moved, deleted or not visible to you): left out of the comparison.`}
        </p>
      ))}
    </>
  );
}

const planName = (name: string): string => (name === CURRENT ? 'the current plan' : `“${name}”`);
