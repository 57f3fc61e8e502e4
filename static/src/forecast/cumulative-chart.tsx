import type { ForecastResult } from '@contract';
import { percent, shortDate } from './forecast-format';

const WIDTH = 720;
const HEIGHT = 260;
const PLOT = { left: 48, right: WIDTH - 16, top: 16, bottom: HEIGHT - 40 } as const;

/** Where a date falls on the bins' axis: its bin's right edge, clamped to the plot. */
export function binPosition(bins: ForecastResult['histogram'], date: string): number {
  if (bins.length === 0) return 0;
  const index = bins.findIndex((b) => date <= b.to);
  if (index === -1) return bins.length;
  const bin = bins[index];
  return bin && date < bin.from ? index : index + 1;
}

/** The chance of finishing by each date (the cumulative curve), with the target and the CPM date marked. */
export function CumulativeChart({ forecast }: { forecast: ForecastResult }) {
  const bins = forecast.histogram;
  const n = Math.max(1, bins.length);
  const x = (position: number) => PLOT.left + (position / n) * (PLOT.right - PLOT.left);
  const y = (share: number) => PLOT.bottom - share * (PLOT.bottom - PLOT.top);
  const points = [`${x(0)},${y(0)}`, ...bins.map((b, i) => `${x(i + 1)},${y(b.cumulative)}`)].join(' ');
  const marker = (date: string, id: string, label: string) => {
    const at = x(binPosition(bins, date));
    return (
      <g className={`keel-forecast-marker keel-forecast-marker--${id}`} data-testid={`marker-${id}`} data-date={date}>
        <line x1={at} x2={at} y1={PLOT.top} y2={PLOT.bottom} />
        {/* Near the right edge the label goes to the left of its line, so it is never cut off. */}
        <text x={at > PLOT.right - 90 ? at - 4 : at + 4} textAnchor={at > PLOT.right - 90 ? 'end' : 'start'} y={id === 'target' ? PLOT.top + 10 : PLOT.top + 24}>
          {`${label} ${shortDate(date)}`}
        </text>
      </g>
    );
  };
  const labelEvery = Math.max(1, Math.ceil(bins.length / 8));
  return (
    <svg className="keel-forecast-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" data-testid="cumulative-curve" aria-label={`Chance of finishing by each date, from ${percent(bins[0]?.cumulative ?? 0)} on ${bins[0]?.to ?? ''} to 100% on ${bins.at(-1)?.to ?? ''}`}>
      <g className="keel-forecast-grid" aria-hidden="true">
        {[0, 0.25, 0.5, 0.8, 1].map((s) => (
          <g key={s}>
            <line x1={PLOT.left} x2={PLOT.right} y1={y(s)} y2={y(s)} />
            <text x={PLOT.left - 6} y={y(s) + 4} textAnchor="end">{percent(s)}</text>
          </g>
        ))}
        {bins.map((b, i) =>
          i % labelEvery === 0 ? (
            <text key={b.to} x={x(i + 1)} y={PLOT.bottom + 16} textAnchor="middle">{shortDate(b.to)}</text>
          ) : null,
        )}
        <text x={PLOT.left} y={HEIGHT - 4} className="keel-forecast-axis-title">Chance of finishing by the date</text>
      </g>
      <polyline className="keel-forecast-curve" points={points} />
      {marker(forecast.cpmFinishDate, 'cpm', 'CPM')}
      {forecast.target && marker(forecast.target.date, 'target', 'Target')}
    </svg>
  );
}
