import { daysBetween, type ExposurePoint } from './risk-trend-series';
import { fmt } from '../format/current-format';

const WIDTH = 560;
const HEIGHT = 170;
const PLOT = { left: 48, right: WIDTH - 96, top: 12, bottom: HEIGHT - 26 } as const;
const SERIES = [
  { id: 'inherent', label: 'Inherent' },
  { id: 'residual', label: 'Residual' },
] as const;

const amount = (n: number) => fmt().number(n);
type SeriesId = (typeof SERIES)[number]['id'];
/** The points of one series that have a value: residual exposure is missing on days without residual ratings. */
const valuesOf = (points: readonly ExposurePoint[], id: SeriesId) =>
  points.flatMap((p) => {
    const value = p[id];
    return value === null ? [] : [{ date: p.date, value }];
  });

/** A round top for the value axis: 1, 2 or 5 times a power of ten, at least the largest value. */
function niceTop(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return ([1, 2, 5, 10].map((m) => m * power).find((t) => t >= max) ?? 10 * power);
}

export function exposureSummary(points: readonly ExposurePoint[], unit: string): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return 'No exposure recorded.';
  const move = (id: SeriesId) => {
    const values = valuesOf(points, id);
    const [from, to] = [values[0], values.at(-1)];
    return from && to ? `${id} ${amount(from.value)} to ${amount(to.value)}` : `${id} not rated`;
  };
  return `Total exposure of open risks (${unit}) from ${first.date} to ${last.date}: ${move('inherent')}, ${move('residual')}.`;
}

/** Total inherent and residual exposure per daily snapshot, days spaced by date, with a table of the same figures. */
export function RiskExposureChart({ points, unit }: { points: readonly ExposurePoint[]; unit: string }) {
  const first = points[0]?.date ?? '';
  const span = Math.max(1, daysBetween(first, points.at(-1)?.date ?? first));
  const top = niceTop(Math.max(...points.flatMap((p) => [p.inherent, p.residual ?? 0])));
  const series = SERIES.map((s) => ({ ...s, values: valuesOf(points, s.id) })).filter((s) => s.values.length > 0);
  const x = (date: string) => PLOT.left + (daysBetween(first, date) / span) * (PLOT.right - PLOT.left);
  const y = (v: number) => PLOT.bottom - (v / top) * (PLOT.bottom - PLOT.top);
  const ticks = [0, top / 2, top];
  return (
    <div className="keel-risk-trend__exposure">
      <ul className="keel-risk-trend__legend" aria-label="Legend">
        {series.map((s) => (
          <li key={s.id}>
            <span className={`keel-risk-trend__swatch keel-risk-trend__swatch--${s.id}`} aria-hidden="true" />
            {`${s.label} exposure`}
          </li>
        ))}
      </ul>
      <svg className="keel-risk-trend__chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={exposureSummary(points, unit)} data-testid="exposure-chart">
        <g className="keel-risk-trend__grid" aria-hidden="true">
          {ticks.map((t) => (
            <g key={t}>
              <line x1={PLOT.left} x2={PLOT.right} y1={y(t)} y2={y(t)} />
              <text x={PLOT.left - 6} y={y(t) + 4} textAnchor="end">{amount(t)}</text>
            </g>
          ))}
          <text x={PLOT.left} y={HEIGHT - 6} textAnchor="start">{first}</text>
          <text x={PLOT.right} y={HEIGHT - 6} textAnchor="end">{points.at(-1)?.date ?? ''}</text>
        </g>
        {series.map((s) => {
          const last = s.values.at(-1);
          return (
            <g key={s.id} data-series={s.id}>
              <polyline className={`keel-risk-trend__line keel-risk-trend__line--${s.id}`} points={s.values.map((p) => `${x(p.date)},${y(p.value)}`).join(' ')} />
              {s.values.map((p) => (
                <circle key={p.date} className={`keel-risk-trend__dot keel-risk-trend__dot--${s.id}`} cx={x(p.date)} cy={y(p.value)} r={3} />
              ))}
              {last && (
                <text className="keel-risk-trend__end" x={PLOT.right + 8} y={y(last.value) + (s.id === 'inherent' ? -2 : 10)}>
                  {`${s.label} ${amount(last.value)}`}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {series.length < SERIES.length && (
        <p className="keel-muted keel-note" data-testid="no-residual">No open risk had residual ratings on these days, so there is no residual line.</p>
      )}
      <details className="keel-details keel-risk-trend__data">
        <summary>Show the figures as a table</summary>
        <table className="keel-table keel-table--compact" data-testid="exposure-table">
          <caption className="keel-visually-hidden">{`Total exposure of open risks per day (${unit})`}</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col" className="keel-num">Inherent</th>
              <th scope="col" className="keel-num">Residual</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.date}>
                <th scope="row">{p.date}</th>
                <td className="keel-num">{amount(p.inherent)}</td>
                <td className="keel-num">{p.residual === null ? 'not rated' : amount(p.residual)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
