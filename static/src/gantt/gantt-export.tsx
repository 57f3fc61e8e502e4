/**
 * The Gantt as one standalone SVG for export: every row (not only those scrolled into view), under a title,
 * the status date, the viewer's name and a legend; colours in an embedded style sheet, so the file renders
 * without Keel's. Drawn with the screen's own shapes into a detached node, then serialised.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ScheduleEdge } from '@contract';
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
}

const TOP = 76;
const FONT = 'font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,sans-serif';
/** The hex fallbacks of the screen's design tokens (gantt.css). */
const STYLE = `
text{${FONT};font-size:12px;fill:#172b4d}
.keel-gantt-export__title{font-size:16px;font-weight:700}
.keel-gantt-export__meta,.keel-gantt-export__legend text{font-size:11px;fill:#44546f}
.keel-gantt-axis line,.keel-gantt-grid__minor{stroke:#dcdfe4}
.keel-gantt-grid__major{stroke:#b3b9c4}
.keel-gantt-axis text{font-size:11px;fill:#44546f}
.keel-gantt-grid__weekend{fill:#f1f2f4}
.keel-gantt-grid__holiday{fill:#fff7d6}
.keel-gantt-grid__today{stroke:#0c66e4;stroke-width:2;stroke-dasharray:4 3}
.keel-gantt-bar__box{fill:#cfe1fd;stroke:#0c66e4}
.keel-gantt-bar__progress{fill:#0c66e4;opacity:.55}
.keel-gantt-bar--critical .keel-gantt-bar__box,.keel-gantt-bar--critical .keel-gantt-bar__milestone{fill:#ffeceb;stroke:#c9372c;stroke-width:1.5}
.keel-gantt-bar--critical .keel-gantt-bar__progress{fill:#c9372c}
.keel-gantt-bar--near .keel-gantt-bar__box,.keel-gantt-bar--near .keel-gantt-bar__milestone{fill:#fff3eb;stroke:#e56910}
.keel-gantt-bar--near .keel-gantt-bar__progress{fill:#e56910}
.keel-gantt-bar--done .keel-gantt-bar__box,.keel-gantt-bar--done .keel-gantt-bar__milestone{fill:#dcfff1;stroke:#1f845a}
.keel-gantt-bar--done .keel-gantt-bar__progress{fill:#1f845a}
.keel-gantt-bar--external .keel-gantt-bar__box{fill:#fff;stroke:#8590a2;stroke-dasharray:3 2}
.keel-gantt-bar__milestone{fill:#172b4d;stroke:#172b4d}
.keel-gantt-bar__slack{fill:#8590a2}
.keel-gantt-bar__baseline{fill:#8590a2;opacity:.7}
.keel-gantt-bar__label{font-size:11px;fill:#44546f}
.keel-gantt-summary path{fill:#44546f}
.keel-gantt-summary--critical path{fill:#c9372c}
.keel-gantt-arrow{fill:none;stroke:#8590a2;stroke-width:1.2}
.keel-gantt-arrow--critical{stroke:#c9372c;stroke-width:1.8}
.keel-gantt-arrow--cycle{stroke:#b38600;stroke-dasharray:4 2}
.keel-gantt-arrowhead{fill:#8590a2}
.keel-gantt-arrowhead--critical{fill:#c9372c}
.keel-gantt-export__label--group{font-weight:700}
`;

const LEGEND: [string, string][] = [
  ['keel-gantt-bar--critical', 'Critical path'],
  ['keel-gantt-bar--near', 'Near-critical'],
  ['keel-gantt-bar--normal', 'Other work'],
  ['keel-gantt-bar--done', 'Done (actual dates)'],
  ['keel-gantt-bar--external', 'Outside the scope'],
];

function ExportDrawing(input: GanttExportInput) {
  const { rows, scale } = input;
  const width = LABEL_WIDTH + scale.width;
  const height = TOP + HEADER_HEIGHT + rows.length * ROW_HEIGHT + 8;
  const indexOf = new Map(rows.map((r, i) => [r.id, i]));
  const ends = (key: string) => {
    const index = indexOf.get(key);
    const row = index === undefined ? undefined : rows[index];
    return row && index !== undefined ? rowEnds(row, scale, index) : null;
  };
  const meta = `Status date ${input.statusDate} · exported by ${input.viewer ?? 'an unknown viewer'}${input.baselineName ? ` · baseline "${input.baselineName}" under the bars` : ''}`;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <style>{STYLE}</style>
      <rect width={width} height={height} fill="#ffffff" />
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
        </g>
      </g>
      <g transform={`translate(${LABEL_WIDTH},${TOP})`}>
        <GanttAxis scale={scale} />
        <g transform={`translate(0,${HEADER_HEIGHT})`}>
          <GanttGrid scale={scale} grid={gridMarks(scale, input.holidays)} top={0} height={rows.length * ROW_HEIGHT} today={input.today} />
          <GanttArrows edges={input.edges} ends={ends} markerId="keel-export-arrow" />
          {rows.map((row, index) => (
            <GanttRowShape key={row.id} row={row} index={index} scale={scale} baseline={row.kind === 'task' ? (input.baseline?.get(row.node.key) ?? null) : null} />
          ))}
        </g>
      </g>
      <g transform={`translate(0,${TOP + HEADER_HEIGHT})`}>
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

/** The export's SVG text and size. React escapes every string from Jira as it renders. */
export function ganttSvgMarkup(input: GanttExportInput): { markup: string; width: number; height: number } {
  const host = document.createElement('div');
  const root = createRoot(host);
  try {
    flushSync(() => root.render(<ExportDrawing {...input} />));
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('The Gantt could not be drawn for export.');
    return { markup: new XMLSerializer().serializeToString(svg), width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
  } finally {
    root.unmount();
  }
}
