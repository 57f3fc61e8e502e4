import type { EvmResult } from '@contract';
import { separatedLabels } from './chart-labels';
import { dateTicks, indexAxisTop, linePath, linearScale } from './chart-scale';
import { dateMs, formatRatio, formatShortDate } from './evm-format';
import { performanceSeries, type IndexPoint } from './performance-series';

const WIDTH = 880;
const HEIGHT = 200;
const PLOT = { left: 64, right: WIDTH - 112, top: 12, bottom: HEIGHT - 28 } as const;
/** Vertical room one end label needs (12 px text plus air). */
const LABEL_GAP = 14;

/** SPI and CPI at each point up to the status date, against the 1.00 line (on plan, on budget). */
export function PerformanceTrend({ result }: { result: EvmResult }) {
  const { spi, cpi } = performanceSeries(result.series);
  const all = [...spi, ...cpi];
  const describe = (name: string, points: IndexPoint[]) => {
    const last = points.at(-1);
    return last ? `${name} ${formatRatio(points[0]?.value ?? 0)} on ${points[0]?.date ?? ''} to ${formatRatio(last.value)} on ${last.date}` : `${name} not defined at any point`;
  };
  const summary = `SPI and CPI trend of ${result.project.key}: ${describe('SPI', spi)}; ${describe('CPI', cpi)}.`;
  if (all.length === 0) {
    return (
      <section className="keel-section" aria-labelledby="keel-ev-trend-title">
        <h2 id="keel-ev-trend-title" className="keel-section__title">SPI and CPI trend</h2>
        <p className="keel-muted" data-testid="trend-empty">No trend yet: SPI and CPI are not defined until some value has been earned, and need planned value and actual cost at that point.</p>
      </section>
    );
  }
  const times = all.map((p) => dateMs(p.date));
  const start = Math.min(...times);
  const end = Math.max(...times, start + 7 * 86_400_000);
  const top = indexAxisTop(all.map((p) => p.value));
  const x = linearScale([start, end], [PLOT.left, PLOT.right]);
  const y = linearScale([0, top], [PLOT.bottom, PLOT.top]);
  const ticks = Array.from({ length: Math.floor(top / 0.5) + 1 }, (_, i) => i * 0.5);
  const xy = (p: IndexPoint) => ({ x: x(dateMs(p.date)), y: y(p.value) });
  // The two end labels share the right margin: placed apart so "SPI 0.90" and "CPI 0.84" never overprint.
  const ends = [spi.at(-1), cpi.at(-1)];
  const [spiLabelY = 0, cpiLabelY = 0] = separatedLabels(ends.map((p) => (p ? xy(p).y : PLOT.bottom)), LABEL_GAP, [PLOT.top, PLOT.bottom]);
  const line = (id: 'spi' | 'cpi', points: IndexPoint[], labelY: number) => {
    const last = points.at(-1);
    return (
      <g>
        <path className={`keel-ev-line keel-ev-line--${id}`} d={linePath(points.map(xy))} data-series={id} />
        {last && <circle className={`keel-ev-end keel-ev-end--${id}`} cx={xy(last).x} cy={xy(last).y} r={3.5} />}
        {last && <text className={`keel-ev-end-label keel-ev-end-label--${id}`} x={xy(last).x + 8} y={labelY + 4} data-testid={`end-label-${id}`}>{`${id.toUpperCase()} ${formatRatio(last.value)}`}</text>}
      </g>
    );
  };
  return (
    <section className="keel-section" aria-labelledby="keel-ev-trend-title">
      <h2 id="keel-ev-trend-title" className="keel-section__title">SPI and CPI trend</h2>
      <ul className="keel-legend keel-ev-legend" aria-label="Legend">
        <li><span className="keel-ev-swatch keel-ev-swatch--spi" aria-hidden="true" />SPI (EV / PV)</li>
        <li><span className="keel-ev-swatch keel-ev-swatch--cpi" aria-hidden="true" />CPI (EV / AC)</li>
        <li><span className="keel-ev-swatch keel-ev-swatch--par" aria-hidden="true" />1.00: on plan, on budget</li>
      </ul>
      <svg className="keel-ev-chart keel-ev-chart--trend" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} data-testid="performance-trend" data-plot={`${PLOT.left} ${PLOT.top} ${PLOT.right} ${PLOT.bottom}`}>
        <g className="keel-ev-grid" aria-hidden="true">
          {ticks.map((t) => (
            <g key={t}>
              <line x1={PLOT.left} x2={PLOT.right} y1={y(t)} y2={y(t)} className={t === 1 ? 'keel-ev-par' : undefined} />
              <text x={PLOT.left - 8} y={y(t) + 4} textAnchor="end">{formatRatio(t)}</text>
            </g>
          ))}
          {dateTicks(start, end).map((t) => (
            <text key={t} x={x(t)} y={PLOT.bottom + 18} textAnchor="middle">{formatShortDate(t)}</text>
          ))}
        </g>
        {line('spi', spi, spiLabelY)}
        {line('cpi', cpi, cpiLabelY)}
      </svg>
    </section>
  );
}
