import type { EvmResult } from '@contract';
import { separatedLabels } from './chart-labels';
import { dateTicks, linePath, linearScale, valueTicks } from './chart-scale';
import { eacProjection } from './eac-projection';
import { dateMs, formatMoney, formatMoneyCompact, formatShortDate } from './evm-format';

const WIDTH = 880;
const HEIGHT = 340;
const PLOT = { left: 64, right: WIDTH - 112, top: 16, bottom: HEIGHT - 40 } as const;
/** Vertical room one level label needs (12 px text plus air). */
const LABEL_GAP = 14;

type SeriesId = 'pv' | 'ev' | 'ac';
const SERIES: readonly { id: SeriesId; label: string }[] = [
  { id: 'pv', label: 'Planned value (PV)' },
  { id: 'ev', label: 'Earned value (EV)' },
  { id: 'ac', label: 'Actual cost (AC)' },
];

interface SCurveChartProps {
  result: EvmResult;
  eac: number | null;
  summary: string;
}

/** Cumulative PV, EV and AC over time, with BAC and EAC lines and a today marker at the status date. */
export function SCurveChart({ result, eac, summary }: SCurveChartProps) {
  const { series, currency, figures } = result;
  const dates = series.map((p) => dateMs(p.date));
  const start = Math.min(dateMs(result.projectStart), ...dates);
  const projection = eacProjection({
    asOf: result.asOf,
    ac: figures.ac,
    eac,
    forecastFinish: result.earnedSchedule.forecastFinish,
    plannedFinish: result.earnedSchedule.plannedFinish,
  });
  // A plan of one point still needs a width to draw on: at least a week; the projection's finish is drawn too.
  const end = Math.max(dateMs(result.asOf), start + 7 * 86_400_000, ...dates, projection ? dateMs(projection.to.date) : 0);
  const highest = Math.max(figures.bac, eac ?? 0, ...series.flatMap((p) => [p.pv, p.ev ?? 0, p.ac ?? 0]));
  const yTicks = valueTicks(highest, 5);
  const yMax = yTicks.at(-1) ?? 1;
  const x = linearScale([start, end], [PLOT.left, PLOT.right]);
  const y = linearScale([0, yMax], [PLOT.bottom, PLOT.top]);
  const pointsOf = (id: SeriesId) =>
    series.flatMap((p, i) => {
      const v = p[id];
      return v === null ? [] : [{ x: x(dates[i] ?? start), y: y(v) }];
    });
  const today = x(dateMs(result.asOf));
  // BAC and EAC share the right margin: placed apart so close figures ("BAC $117K", "EAC $121K") never overprint.
  const [bacLabelY = 0, eacLabelY = 0] = separatedLabels([y(figures.bac), eac === null ? PLOT.top : y(eac)], LABEL_GAP, [PLOT.top, PLOT.bottom]);
  const level = (value: number, id: 'bac' | 'eac', label: string, labelY: number) => (
    <g className={`keel-ev-level keel-ev-level--${id}`} data-testid={`level-${id}`} data-value={value}>
      <line x1={PLOT.left} x2={PLOT.right} y1={y(value)} y2={y(value)} />
      <text x={PLOT.right + 6} y={labelY + 4} data-testid={`level-label-${id}`}>{`${label} ${formatMoneyCompact(value, currency)}`}</text>
    </g>
  );
  return (
    <svg
      className="keel-ev-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={summary}
      data-testid="s-curve"
      data-plot={`${PLOT.left} ${PLOT.top} ${PLOT.right} ${PLOT.bottom}`}
      data-x-domain={`${start} ${end}`}
      data-y-max={yMax}
    >
      <g className="keel-ev-grid" aria-hidden="true">
        {yTicks.map((v) => (
          <g key={v}>
            <line x1={PLOT.left} x2={PLOT.right} y1={y(v)} y2={y(v)} />
            <text x={PLOT.left - 8} y={y(v) + 4} textAnchor="end">
              {formatMoneyCompact(v, currency)}
            </text>
          </g>
        ))}
        {dateTicks(start, end).map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={PLOT.top} y2={PLOT.bottom + 4} />
            <text x={x(t)} y={PLOT.bottom + 18} textAnchor="middle">
              {formatShortDate(t)}
            </text>
          </g>
        ))}
        <text x={PLOT.left} y={HEIGHT - 4} className="keel-ev-axis-title">{`Cumulative ${currency}, by ${result.period === 'week' ? 'week' : 'working day'}`}</text>
      </g>
      {level(figures.bac, 'bac', 'BAC', eac === null ? y(figures.bac) : bacLabelY)}
      {eac !== null && level(eac, 'eac', 'EAC', eacLabelY)}
      <g className="keel-ev-today" data-testid="today-marker">
        <line x1={today} x2={today} y1={PLOT.top} y2={PLOT.bottom} />
        <text x={today + 4} y={PLOT.top + 10}>{`Today ${formatShortDate(dateMs(result.asOf))}`}</text>
      </g>
      {projection && (
        <g className="keel-ev-projection" data-testid="eac-projection" data-finish={projection.to.date} data-finish-source={projection.finishSource}>
          <path
            className="keel-ev-line keel-ev-line--projection"
            d={linePath([projection.from, projection.to].map((p) => ({ x: x(dateMs(p.date)), y: y(p.value) })))}
          >
            <title>{`Projection: actual cost ${formatMoney(projection.from.value, currency)} today to EAC ${formatMoney(projection.to.value, currency)} at the ${projection.finishSource === 'forecast' ? 'earned-schedule forecast' : 'planned'} finish, ${projection.to.date}`}</title>
          </path>
          <circle className="keel-ev-end keel-ev-end--projection" cx={x(dateMs(projection.to.date))} cy={y(projection.to.value)} r={3.5} aria-hidden="true" />
        </g>
      )}
      {SERIES.map((s) => {
        const points = pointsOf(s.id);
        const last = points.at(-1);
        return (
          <g key={s.id}>
            <path className={`keel-ev-line keel-ev-line--${s.id}`} d={linePath(points)} data-series={s.id}>
              <title>{`${s.label}: ${formatMoney(figures[s.id], currency)} as of ${result.asOf}`}</title>
            </path>
            {last && <circle className={`keel-ev-end keel-ev-end--${s.id}`} cx={last.x} cy={last.y} r={3.5} aria-hidden="true" />}
          </g>
        );
      })}
    </svg>
  );
}
