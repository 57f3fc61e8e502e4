import { memo } from 'react';
import { arrowRoute, routePath, type BarEnds } from './gantt-arrows';
import type { PlacedArrow } from './gantt-arrow-window';
import { barGeometry, summarySpan } from './gantt-bars';
import type { GanttRow } from './gantt-rows';
import { nonWorkingMarks, scaleTicks, type GanttTimescale, type NonWorkingMark, type ScaleTick } from './gantt-timescale';

/** Row and bar sizes, shared by the screen and the export. */
export const ROW_HEIGHT = 28;
export const BAR_HEIGHT = 12;
export const HEADER_HEIGHT = 36;
export const LABEL_WIDTH = 300;

const MILESTONE = 6;

/** Where a row's bar starts and ends, for arrows; null for a row without one. */
export function rowEnds(row: GanttRow, scale: GanttTimescale, index: number): BarEnds | null {
  const y = index * ROW_HEIGHT + ROW_HEIGHT / 2;
  if (row.kind !== 'task') return null;
  const g = barGeometry(row.node, scale);
  return g.milestone ? { start: g.x - MILESTONE, end: g.x + MILESTONE, y } : { start: g.x, end: g.x + g.width, y };
}

/** The bar of one row at its index: a task's bar (progress, slack tail, baseline), a summary's bracket, a milestone. */
export const GanttRowShape = memo(function GanttRowShape({ row, index, scale, baseline }: { row: GanttRow; index: number; scale: GanttTimescale; baseline: { x: number; width: number } | null }) {
  const top = index * ROW_HEIGHT;
  const mid = top + ROW_HEIGHT / 2;
  if (row.kind !== 'task') {
    const rolled = row.summary ? summarySpan(row.summary, scale) : null;
    const span = rolled ?? row.span;
    const x = scale.x(span.start);
    const width = Math.max(1, (span.finish - span.start) * scale.dayWidth);
    return (
      <g className={`keel-gantt-summary${row.critical ? ' keel-gantt-summary--critical' : ''}`} data-row={row.id}>
        <title>{`${row.label}: summary of ${row.count} ${row.count === 1 ? 'issue' : 'issues'}${row.summary ? `, ${row.summary.earlyStart} to ${row.summary.earlyFinish}` : ''}`}</title>
        <path d={`M${x},${mid + 4} L${x},${mid - 4} L${x + width},${mid - 4} L${x + width},${mid + 4} L${x + width - 4},${mid} L${x + 4},${mid} Z`} />
      </g>
    );
  }
  const node = row.node;
  const g = barGeometry(node, scale);
  const barTop = mid - BAR_HEIGHT / 2;
  const tip = `${node.key} ${node.summary}: ${node.earlyStart} to ${node.earlyFinish}, ${node.durationDays} working ${node.durationDays === 1 ? 'day' : 'days'}${node.underWay ? ' left' : ''}, slack ${node.totalSlackDays}d${node.critical ? ', critical' : node.nearCritical ? ', near-critical' : ''}${node.statusCategory === 'done' ? ', done (actual dates)' : ''}`;
  const labelX = (g.milestone ? g.x + MILESTONE : g.slackX + g.slackWidth) + 4;
  return (
    <g className={`keel-gantt-bar keel-gantt-bar--${g.variant}`} data-key={node.key} data-x={g.x} data-width={g.width}>
      <title>{tip}</title>
      {baseline && <rect className="keel-gantt-bar__baseline" x={baseline.x} y={mid + BAR_HEIGHT / 2 + 1} width={Math.max(1, baseline.width)} height={4} data-baseline={node.key} />}
      {g.slackWidth > 0 && <rect className="keel-gantt-bar__slack" x={g.slackX} y={mid - 1} width={g.slackWidth} height={2} />}
      {g.milestone ? (
        <path className="keel-gantt-bar__milestone" d={`M${g.x},${mid - MILESTONE} L${g.x + MILESTONE},${mid} L${g.x},${mid + MILESTONE} L${g.x - MILESTONE},${mid} Z`} />
      ) : (
        <>
          <rect className="keel-gantt-bar__box" x={g.x} y={barTop} width={Math.max(1, g.width)} height={BAR_HEIGHT} rx={2} />
          {g.progressWidth > 0 && <rect className="keel-gantt-bar__progress" x={g.x} y={barTop} width={g.progressWidth} height={BAR_HEIGHT} rx={2} />}
        </>
      )}
      <text className="keel-gantt-bar__label" x={labelX} y={mid + 4}>
        {node.key}
      </text>
    </g>
  );
});

/** The dependencies among the drawn rows, in the order given (gantt-arrow-window.ts puts critical ones last, on top). */
export const GanttArrows = memo(function GanttArrows({ arrows, markerId }: { arrows: readonly PlacedArrow[]; markerId: string }) {
  return (
    <g className="keel-gantt-arrows">
      {arrows.map((arrow) => (
        <GanttArrow key={`${arrow.edge.linkId}:${arrow.edge.from}>${arrow.edge.to}`} arrow={arrow} markerId={markerId} />
      ))}
    </g>
  );
});

/** One arrow: routed once when it comes into the drawn rows, then left alone while the window moves. */
const GanttArrow = memo(function GanttArrow({ arrow, markerId }: { arrow: PlacedArrow; markerId: string }) {
  const { edge: e, from, to } = arrow;
  return (
    <path
      className={`keel-gantt-arrow${e.critical ? ' keel-gantt-arrow--critical' : ''}${e.inCycle ? ' keel-gantt-arrow--cycle' : ''}`}
      data-from={e.from}
      data-to={e.to}
      data-kind={e.kind}
      d={routePath(arrowRoute(e.kind, from, to, ROW_HEIGHT, BAR_HEIGHT))}
      markerEnd={`url(#${markerId}${e.critical ? '-critical' : ''})`}
    >
      <title>{`${e.from} → ${e.to} (${e.kind}${e.lagDays ? `, lag ${e.lagDays}d` : ''})`}</title>
    </path>
  );
});

export function ArrowHeads({ id }: { id: string }) {
  return (
    <defs>
      {(['', '-critical'] as const).map((suffix) => (
        <marker key={suffix} id={`${id}${suffix}`} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path className={`keel-gantt-arrowhead${suffix ? ' keel-gantt-arrowhead--critical' : ''}`} d="M0,0 L8,4 L0,8 Z" />
        </marker>
      ))}
    </defs>
  );
}

/** What the grid draws for a scale: computed once per scale, not on every scroll. */
export interface GridMarks {
  marks: NonWorkingMark[];
  ticks: ScaleTick[];
}

/** Days not worked (weekends shaded from 8 px a day; holidays always) and the timescale's ticks. */
export function gridMarks(scale: GanttTimescale, holidays: readonly string[]): GridMarks {
  return { marks: nonWorkingMarks(scale, holidays).filter((m) => m.holiday || scale.dayWidth >= 8), ticks: scaleTicks(scale) };
}

/** Days not worked, week or month lines, and today, over the rows from `top` for `height` pixels. */
export const GanttGrid = memo(function GanttGrid({ scale, grid, top, height, today }: { scale: GanttTimescale; grid: GridMarks; top: number; height: number; today: number | null }) {
  const { marks, ticks } = grid;
  const shade = (count: number) => Math.min(12, Math.max(3, scale.dayWidth * 0.4 * count));
  return (
    <g className="keel-gantt-grid">
      {ticks.map((t) => (
        <line key={`t${t.offset}`} className={t.major ? 'keel-gantt-grid__major' : 'keel-gantt-grid__minor'} x1={scale.x(t.offset)} x2={scale.x(t.offset)} y1={top} y2={top + height} />
      ))}
      {marks.map((m) => (
        <rect key={`n${m.offset}`} className={m.holiday ? 'keel-gantt-grid__holiday' : 'keel-gantt-grid__weekend'} data-dates={m.dates.join(' ')} x={scale.x(m.offset) - shade(m.dates.length) / 2} y={top} width={shade(m.dates.length)} height={height}>
          <title>{`Not worked: ${m.dates.join(', ')}${m.holiday ? ' (holiday)' : ''}`}</title>
        </rect>
      ))}
      {today !== null && <line className="keel-gantt-grid__today" data-testid="gantt-today" x1={scale.x(today)} x2={scale.x(today)} y1={top} y2={top + height} />}
    </g>
  );
});

/** The timescale's labels, at 11 px or more; a label that would overlap the previous one is left out. */
export const GanttAxis = memo(function GanttAxis({ scale }: { scale: GanttTimescale }) {
  return (
    <g className="keel-gantt-axis" data-testid="gantt-axis">
      {scaleTicks(scale).map((t) => (
        <g key={t.offset}>
          <line x1={scale.x(t.offset)} x2={scale.x(t.offset)} y1={t.major ? 0 : HEADER_HEIGHT / 2} y2={HEADER_HEIGHT} />
          {t.label && (
            <text x={scale.x(t.offset) + 3} y={HEADER_HEIGHT - 10}>
              {t.label}
            </text>
          )}
        </g>
      ))}
    </g>
  );
});
