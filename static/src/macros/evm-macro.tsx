import type { MacroEvmResult } from '@contract';
import { formatMoney, formatPercent, formatRatio } from '../earned-value/evm-format';
import { StoredAnswerNote } from '../components/stored-answer-note';
import { MacroHeader } from './macro-header';

type Figure = { label: string; value: string; title?: string };

/** The earned value macro: the headline figures; a figure that is not defined says why. */
export function EvmMacro({ data }: { data: MacroEvmResult }) {
  if (data.stored !== undefined && data.stored.state !== 'ready') {
    return (
      <section className="keel-macro" data-testid="evm-macro">
        <MacroHeader title="Earned value summary" scope={data.scope} asOf={data.asOf} />
        <StoredAnswerNote stored={data.stored} what="earned value" />
      </section>
    );
  }
  const why = (figure: string) => data.notDefined.find((n) => n.figure === figure)?.reason;
  const money = (v: number) => formatMoney(v, data.currency);
  const ratio = (name: string, v: number | null): Figure => (v === null ? { label: name.toUpperCase(), value: 'not defined', title: why(name) ?? '' } : { label: name.toUpperCase(), value: formatRatio(v) });
  const figures: Figure[] = [
    { label: 'Budget at completion (BAC)', value: money(data.bac) },
    { label: 'Planned value (PV)', value: money(data.pv) },
    { label: 'Earned value (EV)', value: money(data.ev) },
    { label: 'Actual cost (AC)', value: money(data.ac) },
    ratio('spi', data.spi),
    ratio('cpi', data.cpi),
    data.percentComplete === null ? { label: 'Complete', value: 'not defined', title: why('percentComplete') ?? '' } : { label: 'Complete', value: formatPercent(data.percentComplete) },
    data.eac === null ? { label: 'Estimate at completion (BAC / CPI)', value: 'not defined', title: why('eac') ?? why('cpi') ?? '' } : { label: 'Estimate at completion (BAC / CPI)', value: money(data.eac) },
  ];
  return (
    <section className="keel-macro" data-testid="evm-macro">
      <MacroHeader title="Earned value summary" scope={data.scope} asOf={data.asOf} />
      <dl className="keel-macro-figures">
        {figures.map((f) => (
          <div key={f.label} className="keel-macro-figures__item">
            <dt>{f.label}</dt>
            <dd title={f.title}>{f.value}</dd>
          </div>
        ))}
      </dl>
      <p className="keel-macro__summary">
        {`Baseline ${data.baseline} · planned finish ${data.plannedFinish ?? 'not known'} · forecast finish ${data.forecastFinish ?? 'not defined'}${data.findingCount > 0 ? ` · ${data.findingCount} data problems (see the Earned value tab in Jira)` : ''}`}
      </p>
      {data.notDefined.length > 0 && (
        <ul className="keel-macro__notes">
          {data.notDefined.map((n) => (
            <li key={n.figure}>{`${n.figure}: ${n.reason}`}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
