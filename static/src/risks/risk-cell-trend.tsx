import type { HeatCell } from './risk-filter';
import type { CountPoint } from './risk-trend-series';
import { scoreBand } from './score-band';

const WIDTH = 120;
const HEIGHT = 36;

const risksWord = (n: number) => (n === 1 ? '1 risk' : `${n} risks`);
export const cellName = (cell: HeatCell) => `${cell.which === 'inherent' ? 'Inherent' : 'Residual'} P${cell.probability} x I${cell.impact}`;

/** One heat-map cell's count per day as a sparkline (days evenly spaced), with the first and last counts in words. */
export function RiskCellTrend({ cell, points }: { cell: HeatCell; points: readonly CountPoint[] }) {
  const first = points[0];
  const last = points.at(-1);
  const top = Math.max(1, ...points.map((p) => p.count));
  const x = (i: number) => 4 + (points.length < 2 ? 0 : (i / (points.length - 1)) * (WIDTH - 8));
  const y = (n: number) => HEIGHT - 4 - (n / top) * (HEIGHT - 8);
  const summary = first && last ? `${cellName(cell)}: ${risksWord(first.count)} on ${first.date}, ${risksWord(last.count)} on ${last.date}` : `${cellName(cell)}: no days recorded`;
  return (
    <figure className={`keel-risk-cell-trend keel-risk-cell-trend--${scoreBand(cell.probability, cell.impact)}`} data-testid="cell-trend" data-probability={cell.probability} data-impact={cell.impact}>
      <figcaption className="keel-risk-cell-trend__name">
        {cellName(cell)}
        <span className="keel-risk-cell-trend__now" aria-hidden="true">{first && last ? `${first.count} → ${last.count}` : ''}</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={summary}>
        <polyline className="keel-risk-cell-trend__line" points={points.map((p, i) => `${x(i)},${y(p.count)}`).join(' ')} />
        {points.map((p, i) => (
          <circle key={p.date} className="keel-risk-cell-trend__dot" cx={x(i)} cy={y(p.count)} r={2} />
        ))}
      </svg>
    </figure>
  );
}
