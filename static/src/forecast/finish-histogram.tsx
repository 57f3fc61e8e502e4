import type { ForecastResult } from '@contract';
import { shortDate } from './forecast-format';

const WIDTH = 720;
const HEIGHT = 200;
const PLOT = { left: 48, right: WIDTH - 16, top: 12, bottom: HEIGHT - 36 } as const;

/** How many simulated plans finish in each period: the shape of the uncertainty. */
export function FinishHistogram({ forecast }: { forecast: ForecastResult }) {
  const bins = forecast.histogram;
  const most = Math.max(1, ...bins.map((b) => b.count));
  const width = (PLOT.right - PLOT.left) / Math.max(1, bins.length);
  const labelEvery = Math.max(1, Math.ceil(bins.length / 8));
  return (
    <svg className="keel-forecast-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" data-testid="finish-histogram" aria-label={`Finish dates of ${forecast.iterations} simulated plans, in ${bins.length} periods`}>
      {bins.map((b, i) => {
        const h = (b.count / most) * (PLOT.bottom - PLOT.top);
        return (
          <g key={b.from}>
            <rect className="keel-forecast-bar" x={PLOT.left + i * width + 1} y={PLOT.bottom - h} width={Math.max(1, width - 2)} height={h}>
              <title>{`${b.from === b.to ? shortDate(b.from) : `${shortDate(b.from)} to ${shortDate(b.to)}`}: ${b.count} of ${forecast.iterations}`}</title>
            </rect>
            {i % labelEvery === 0 && (
              <text className="keel-forecast-tick" x={PLOT.left + (i + 0.5) * width} y={PLOT.bottom + 16} textAnchor="middle">{shortDate(b.from)}</text>
            )}
          </g>
        );
      })}
      <line className="keel-forecast-axis" x1={PLOT.left} x2={PLOT.right} y1={PLOT.bottom} y2={PLOT.bottom} />
      <text x={PLOT.left} y={HEIGHT - 4} className="keel-forecast-axis-title">Simulated plans finishing on each day</text>
    </svg>
  );
}
