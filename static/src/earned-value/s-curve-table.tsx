import type { EvmResult } from '@contract';
import { formatDate, formatMoney } from './evm-format';

/** The S-curve's series as a table: the chart's text alternative, one row per period. */
export function SCurveTable({ result }: { result: EvmResult }) {
  const money = (v: number | null) => (v === null ? '—' : formatMoney(v, result.currency));
  return (
    <div className="keel-table-scroll">
      <table className="keel-table keel-table--compact" data-testid="s-curve-table">
        <caption className="keel-caption">{`Cumulative planned value, earned value and actual cost of ${result.project.key} in ${result.currency}; a dash is after the status date.`}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col" className="keel-num">PV</th>
            <th scope="col" className="keel-num">EV</th>
            <th scope="col" className="keel-num">AC</th>
          </tr>
        </thead>
        <tbody>
          {result.series.map((p) => (
            <tr key={p.date}>
              <th scope="row">
                <time dateTime={p.date}>{formatDate(p.date)}</time>
              </th>
              <td className="keel-num">{money(p.pv)}</td>
              <td className="keel-num">{money(p.ev)}</td>
              <td className="keel-num">{money(p.ac)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
