/**
 * The Gantt as one standalone SVG for export: every row (not only those scrolled into view), the targets' flags,
 * under a title, the status date, the viewer's name and a legend; colours in an embedded style sheet of design
 * tokens resolved when the file is made (exports/resolved-tokens.ts), so the file renders without Keel's and
 * in the theme it was made in. Drawn with the screen's own shapes into a detached node, then serialised.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ScheduleEdge } from '@contract';
import { resolveTokens, type TokenReader } from '../exports/resolved-tokens';
import { arrowIndex, arrowsInWindow } from './gantt-arrow-window';
import { GanttFlagLanes, GanttFlagPoles } from './gantt-flag-shapes';
import { FLAG_LANE, type PlacedFlag } from './gantt-flags';
import type { GanttRow } from './gantt-rows';
import { ArrowHeads, GanttArrows, GanttAxis, GanttGrid, GanttRowShape, gridMarks, HEADER_HEIGHT, LABEL_WIDTH, ROW_HEIGHT, rowEnds } from './gantt-shapes';
import type { GanttTimescale } from './gantt-timescale';

export interface GanttExportInput {
  title: string;
  statusDate: string;
  viewer: string | null;
  nearCriticalDays: number;
  baselineName: string | null;
  rows: readonly GanttRow[];
  edges: readonly ScheduleEdge[];
  scale: GanttTimescale;
  holidays: readonly string[];
  today: number | null;
  baseline: ReadonlyMap<string, { x: number; width: number }> | null;
  flags: { flags: readonly PlacedFlag[]; lanes: number; describe: (flag: PlacedFlag) => string };
}

const TOP = 76;
const FONT = 'font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,sans-serif';
/** The screen's rules (gantt.css, tokens.css), each colour a design token with its light value as fallback. */
const STYLE = `
.keel-gantt-export__surface{fill:var(--ds-surface, #ffffff)}
text{${FONT};font-size:12px;fill:var(--ds-text, #172b4d)}
.keel-gantt-export__title{font-size:16px;font-weight:700}
.keel-gantt-export__meta,.keel-gantt-export__legend text{font-size:11px;fill:var(--ds-text-subtle, #44546f)}
.keel-gantt-axis line,.keel-gantt-grid__minor{stroke:var(--ds-border, #dcdfe4)}
.keel-gantt-grid__major{stroke:var(--ds-border-bold, #b3b9c4)}
.keel-gantt-axis text{font-size:11px;fill:var(--ds-text-subtle, #44546f)}
.keel-gantt-grid__weekend{fill:var(--ds-background-neutral, #dcdfe4);opacity:.7}
.keel-gantt-grid__holiday{fill:var(--ds-background-warning, #fff7d6);stroke:var(--ds-border-warning, #e2b203);stroke-width:.5}
.keel-gantt-grid__today{stroke:var(--ds-border-brand, #0c66e4);stroke-width:2;stroke-dasharray:4 3}
.keel-gantt-bar__box{fill:var(--ds-background-information, #cfe1fd);stroke:var(--ds-border-information, #0c66e4)}
.keel-gantt-bar__progress{fill:var(--ds-background-information-bold, #0c66e4);opacity:.55}
.keel-gantt-bar--critical .keel-gantt-bar__box,.keel-gantt-bar--critical .keel-gantt-bar__milestone{fill:var(--ds-background-danger, #ffeceb);stroke:var(--ds-border-danger, #e2483d);stroke-width:1.5}
.keel-gantt-bar--critical .keel-gantt-bar__progress{fill:var(--ds-border-danger, #e2483d)}
.keel-gantt-bar--near .keel-gantt-bar__box,.keel-gantt-bar--near .keel-gantt-bar__milestone{fill:var(--ds-background-warning, #fff7d6);stroke:var(--ds-border-warning, #e56910)}
.keel-gantt-bar--near .keel-gantt-bar__progress{fill:var(--ds-border-warning, #e56910)}
.keel-gantt-bar--done .keel-gantt-bar__box,.keel-gantt-bar--done .keel-gantt-bar__milestone{fill:var(--ds-background-success, #dcfff1);stroke:var(--ds-border-success, #1f845a)}
.keel-gantt-bar--done .keel-gantt-bar__progress{fill:var(--ds-background-success-bold, #1f845a)}
.keel-gantt-bar--external .keel-gantt-bar__box{fill:var(--ds-surface, #ffffff);stroke:var(--ds-border-bold, #758195);stroke-dasharray:3 2}
.keel-gantt-bar__milestone{fill:var(--ds-text, #172b4d);stroke:var(--ds-text, #172b4d)}
.keel-gantt-bar__slack{fill:var(--ds-border-bold, #758195)}
.keel-gantt-bar__baseline{fill:var(--ds-icon-subtle, #8590a2);opacity:.7}
.keel-gantt-bar__label{font-size:11px;fill:var(--ds-text-subtle, #44546f)}
.keel-gantt-summary path{fill:var(--ds-text-subtle, #44546f)}
.keel-gantt-summary--critical path{fill:var(--ds-border-danger, #e2483d)}
.keel-gantt-arrow{fill:none;stroke:var(--ds-border-bold, #758195);stroke-width:1.2}
.keel-gantt-arrow--critical{stroke:var(--ds-border-danger, #e2483d);stroke-width:1.8}
.keel-gantt-arrow--cycle{stroke:var(--ds-border-discovery, #8270db);stroke-dasharray:4 2}
.keel-gantt-arrowhead{fill:var(--ds-border-bold, #758195)}
.keel-gantt-arrowhead--critical{fill:var(--ds-border-danger, #e2483d)}
.keel-gantt-export__label--group{font-weight:700}
.keel-gantt-flag__pole{stroke:var(--ds-border-bold, #758195);stroke-width:1.5}
.keel-gantt-flag__pole--row{stroke-dasharray:2 3}
.keel-gantt-flag__cloth{fill:var(--ds-background-neutral, #dcdfe4);stroke:var(--ds-border-bold, #758195)}
.keel-gantt-flag__pennant{fill:var(--ds-icon-subtle, #626f86)}
.keel-gantt-flag__label{font-size:11px;fill:var(--ds-text, #172b4d)}
.keel-gantt-flag--late .keel-gantt-flag__cloth{fill:var(--ds-background-danger, #ffeceb);stroke:var(--ds-border-danger, #e2483d)}
.keel-gantt-flag--late .keel-gantt-flag__pole,.keel-gantt-flag__pole.keel-gantt-flag--late{stroke:var(--ds-border-danger, #e2483d)}
.keel-gantt-flag--late .keel-gantt-flag__pennant{fill:var(--ds-border-danger, #e2483d)}
.keel-gantt-flag--late .keel-gantt-flag__label{fill:var(--ds-text-danger, #ae2e24)}
.keel-gantt-flag--met .keel-gantt-flag__cloth{fill:var(--ds-background-success, #dcfff1);stroke:var(--ds-border-success, #22a06b)}
.keel-gantt-flag--met .keel-gantt-flag__pole,.keel-gantt-flag__pole.keel-gantt-flag--met{stroke:var(--ds-border-success, #22a06b)}
.keel-gantt-flag--met .keel-gantt-flag__pennant{fill:var(--ds-border-success, #22a06b)}
.keel-gantt-flag--met .keel-gantt-flag__label{fill:var(--ds-text-success, #216e4e)}
`;

const LEGEND: [string, string][] = [
  ['keel-gantt-bar--critical', 'Critical path'],
  ['keel-gantt-bar--near', 'Near-critical'],
  ['keel-gantt-bar--normal', 'Other work'],
  ['keel-gantt-bar--done', 'Done (actual dates)'],
  ['keel-gantt-bar--external', 'Outside the scope'],
];

function ExportDrawing({ input, style }: { input: GanttExportInput; style: string }) {
  const { rows, scale, flags } = input;
  const flagHeight = flags.flags.length > 0 ? flags.lanes * FLAG_LANE : 0;
  const width = LABEL_WIDTH + scale.width;
  const chartTop = TOP + flagHeight + HEADER_HEIGHT;
  const height = chartTop + rows.length * ROW_HEIGHT + 8;
  const ends = rows.map((r, i) => rowEnds(r, scale, i));
  const arrows = arrowsInWindow(arrowIndex(input.edges, new Map(rows.map((r, i) => [r.id, i])), (i) => ends[i] ?? null), 0, rows.length);
  const meta = `Status date ${input.statusDate} · exported by ${input.viewer ?? 'an unknown viewer'}${input.baselineName ? ` · baseline "${input.baselineName}" under the bars` : ''}`;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <style>{style}</style>
      <rect className="keel-gantt-export__surface" width={width} height={height} />
      <ArrowHeads id="keel-export-arrow" />
      <text className="keel-gantt-export__title" x={8} y={22}>{input.title}</text>
      <text className="keel-gantt-export__meta" x={8} y={40}>{meta}</text>
      <g className="keel-gantt-export__legend">
        {LEGEND.map(([variant, label], i) => (
          <g key={variant} className={`keel-gantt-bar ${variant}`} transform={`translate(${8 + i * 150},52)`}>
            <rect className="keel-gantt-bar__box" width={20} height={10} rx={2} />
            <text x={26} y={9}>{variant === 'keel-gantt-bar--near' ? `Near-critical (slack ≤ ${input.nearCriticalDays}d)` : label}</text>
          </g>
        ))}
        <g transform={`translate(${8 + LEGEND.length * 150},52)`} className="keel-gantt-bar">
          <path className="keel-gantt-bar__milestone" d="M6,0 L12,5 L6,10 L0,5 Z" />
          <text x={18} y={9}>Milestone</text>
          <rect className="keel-gantt-bar__slack" x={90} y={4} width={20} height={2} />
          <text x={116} y={9}>Slack</text>
          {flagHeight > 0 && (
            <g className="keel-gantt-flag keel-gantt-flag--late">
              <path className="keel-gantt-flag__pennant" d="M170,0 L178,4 L170,8 Z" />
              <text x={184} y={9}>Target, variance in working days</text>
            </g>
          )}
        </g>
      </g>
      <g transform={`translate(${LABEL_WIDTH},${TOP})`}>
        {flagHeight > 0 && <GanttFlagLanes flags={flags.flags} lanes={flags.lanes} describe={flags.describe} />}
        <g transform={`translate(0,${flagHeight})`}>
          <GanttAxis scale={scale} />
        </g>
        <g transform={`translate(0,${flagHeight + HEADER_HEIGHT})`}>
          <GanttGrid scale={scale} grid={gridMarks(scale, input.holidays)} top={0} height={rows.length * ROW_HEIGHT} today={input.today} />
          {flagHeight > 0 && <GanttFlagPoles flags={flags.flags} top={0} height={rows.length * ROW_HEIGHT} />}
          <GanttArrows arrows={arrows} markerId="keel-export-arrow" />
          {rows.map((row, index) => (
            <GanttRowShape key={row.id} row={row} index={index} scale={scale} baseline={row.kind === 'task' ? (input.baseline?.get(row.node.key) ?? null) : null} />
          ))}
        </g>
      </g>
      <g transform={`translate(0,${chartTop})`}>
        {rows.map((row, index) => (
          <text key={row.id} className={row.kind === 'task' ? undefined : 'keel-gantt-export__label--group'} x={6 + row.depth * 14} y={index * ROW_HEIGHT + ROW_HEIGHT / 2 + 4}>
            {clip(row.kind === 'task' ? `${row.node.key} ${row.node.summary}` : `${row.label} (${row.count})`, 40 - row.depth * 2)}
          </text>
        ))}
      </g>
    </svg>
  );
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The export's SVG text and size. React escapes every string from Jira as it renders. `tokens` gives the colours:
 * the page's theme (pageTokens) or the light palette (LIGHT_TOKENS).
 */
export function ganttSvgMarkup(input: GanttExportInput, tokens: TokenReader): { markup: string; width: number; height: number } {
  const host = document.createElement('div');
  const root = createRoot(host);
  try {
    flushSync(() => root.render(<ExportDrawing input={input} style={resolveTokens(STYLE, tokens)} />));
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('The Gantt could not be drawn for export.');
    return { markup: new XMLSerializer().serializeToString(svg), width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
  } finally {
    root.unmount();
  }
}
