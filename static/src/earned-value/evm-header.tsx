import type { EvmResult } from '@contract';
import { HiddenMarker } from '../hidden-work/hidden-marker';
import { formatDate, formatMoney, formatPercent } from './evm-format';

/** The project, the four amounts every figure comes from, and how they were measured. */
export function EvmHeader({ result }: { result: EvmResult }) {
  const { figures: f, currency } = result;
  const money = (v: number) => formatMoney(v, currency);
  const facts: { id: string; label: string; value: string; raw: number | string }[] = [
    { id: 'bac', label: 'Budget (BAC)', value: money(f.bac), raw: f.bac },
    { id: 'pv', label: 'Planned value (PV)', value: money(f.pv), raw: f.pv },
    { id: 'ev', label: 'Earned value (EV)', value: money(f.ev), raw: f.ev },
    { id: 'ac', label: 'Actual cost (AC)', value: money(f.ac), raw: f.ac },
    { id: 'complete', label: 'Complete', value: f.percentComplete === null ? '—' : formatPercent(f.percentComplete), raw: f.percentComplete ?? '' },
    { id: 'as-of', label: 'Status date', value: formatDate(result.asOf), raw: result.asOf },
  ];
  return (
    <header>
      <h1 className="keel-heading">
        {result.project.name} <span className="keel-muted">({result.project.key})</span>
      </h1>
      <dl className="keel-facts" data-testid="evm-amounts">
        {facts.map((fact) => (
          <div key={fact.id} data-testid={`amount-${fact.id}`} data-value={fact.raw}>
            <dt>
              {fact.label}
              {fact.id !== 'as-of' && <HiddenMarker what={fact.label} changedBy="issues" />}
            </dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <p className="keel-muted keel-ev-method">
        {`Budgets: ${result.method.budget}. Progress: ${result.method.percentComplete}. Actual cost: ${result.method.actualCost}. All amounts in ${currency}.`}
      </p>
    </header>
  );
}
