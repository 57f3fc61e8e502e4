import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ScheduleEdge } from '@contract';
import { arrowIndex, arrowsInWindow } from './gantt-arrow-window';
import { GanttFlagButtons } from './gantt-flag-buttons';
import { GanttFlagLanes, GanttFlagPoles } from './gantt-flag-shapes';
import { FLAG_LANE, type PlacedFlag } from './gantt-flags';
import { GanttLabel } from './gantt-label';
import type { GanttRow } from './gantt-rows';
import { ArrowHeads, GanttArrows, GanttAxis, GanttGrid, GanttRowShape, gridMarks, HEADER_HEIGHT, LABEL_WIDTH, ROW_HEIGHT, rowEnds } from './gantt-shapes';
import type { GanttTimescale } from './gantt-timescale';
import { useWarmUp } from './use-warm-up';

/** Rows drawn beyond the viewport on each side, so a quick scroll does not show a blank band. */
const OVERSCAN = 12;
/** The drawn window moves in steps of this many rows, so most scroll frames re-render nothing. */
const STEP = 8;
const VIEW_HEIGHT = 560;

interface GanttChartProps {
  rows: readonly GanttRow[];
  edges: readonly ScheduleEdge[];
  scale: GanttTimescale;
  holidays: readonly string[];
  today: number | null;
  baseline: ReadonlyMap<string, { x: number; width: number }> | null;
  title: string;
  /** The targets' flags (gantt-flags.ts) and the words each is read with; none without targets. */
  flags?: { flags: readonly PlacedFlag[]; lanes: number; describe: (flag: PlacedFlag) => string } | undefined;
  onToggle: (id: string) => void;
  onOpen: (key: string) => void;
}

/**
 * The Gantt, virtualised: only the rows in view (and a few either side) are in the DOM, so thousands of rows
 * scroll smoothly. Labels stay at the left while the chart scrolls sideways; the timescale stays on top.
 * Keyboard: Up and Down move through rows, Home and End, Enter opens the issue (or folds a group), Left and
 * Right fold and unfold.
 */
export function GanttChart({ rows, edges, scale, holidays, today, baseline, title, flags, onToggle, onOpen }: GanttChartProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const ids = useId().replaceAll(':', '');
  const [step, setStep] = useState(0);
  const [active, setActive] = useState(0);
  const frame = useRef(0);
  const focusRowRef = useRef<(index: number) => void>(() => undefined);

  const onScroll = useCallback(() => {
    cancelAnimationFrame(frame.current);
    // The same step again renders nothing (React bails out on an unchanged state).
    frame.current = requestAnimationFrame(() => setStep(Math.floor((scroller.current?.scrollTop ?? 0) / ROW_HEIGHT / STEP) * STEP));
  }, []);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const warm = useWarmUp(STEP);
  const first = Math.max(0, step - OVERSCAN);
  const last = Math.min(rows.length, step + Math.ceil(VIEW_HEIGHT / ROW_HEIGHT) + STEP + OVERSCAN + warm);
  const grid = useMemo(() => gridMarks(scale, holidays), [scale, holidays]);
  // Bar ends and arrows are placed once per rows and scale; a scroll step only picks those it draws.
  const arrows = useMemo(() => {
    const rowOf = new Map(rows.map((r, i) => [r.id, i]));
    const ends = rows.map((r, i) => rowEnds(r, scale, i));
    return arrowIndex(edges, rowOf, (i) => ends[i] ?? null);
  }, [rows, edges, scale]);
  const drawnArrows = useMemo(() => arrowsInWindow(arrows, first, last), [arrows, first, last]);
  const shown = rows.slice(first, last);
  const flagHeight = flags && flags.flags.length > 0 ? flags.lanes * FLAG_LANE : 0;
  const headerHeight = HEADER_HEIGHT + flagHeight;

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    const el = scroller.current;
    if (!el) return;
    const y = next * ROW_HEIGHT;
    if (y < el.scrollTop) el.scrollTop = y;
    else if (y + ROW_HEIGHT > el.scrollTop + el.clientHeight - headerHeight) el.scrollTop = y + ROW_HEIGHT - el.clientHeight + headerHeight;
  };
  const showFlag = useCallback((flag: PlacedFlag) => {
    const el = scroller.current;
    if (el) el.scrollLeft = Math.max(0, flag.x - (el.clientWidth - LABEL_WIDTH) / 2);
    const index = flag.target.key === null ? -1 : rows.findIndex((r) => r.kind === 'task' && r.node.key === flag.target.key);
    if (index >= 0) focusRowRef.current(index);
  }, [rows]);
  focusRowRef.current = focusRow;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // A flag's own button takes its keys (Enter shows its target).
    if (event.target instanceof HTMLElement && event.target.closest('[data-flag-button]')) return;
    const row = rows[active];
    const page = Math.floor(VIEW_HEIGHT / ROW_HEIGHT) - 1;
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + page, PageUp: active - page, Home: 0, End: rows.length - 1 };
    const move = moves[event.key];
    if (move !== undefined) focusRow(move);
    else if (event.key === 'Enter' && row) {
      if (row.kind === 'task') onOpen(row.node.key);
      else onToggle(row.id);
    } else if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && row && row.kind !== 'task' && row.collapsed === (event.key === 'ArrowRight')) onToggle(row.id);
    else return;
    event.preventDefault();
  };

  const height = rows.length * ROW_HEIGHT;
  const activeRow = rows[active];
  return (
    <div
      ref={scroller}
      className="keel-gantt"
      data-testid="gantt"
      style={{ height: Math.min(VIEW_HEIGHT, height + headerHeight + 18) }}
      onScroll={onScroll}
      tabIndex={0}
      role="treegrid"
      aria-label={`${title}. Up and Down move through the rows, Enter opens the issue or folds a group, Left and Right fold and unfold.`}
      aria-rowcount={rows.length}
      aria-activedescendant={activeRow ? `${ids}-row-${active}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="keel-gantt__content" style={{ width: LABEL_WIDTH + scale.width, height: height + headerHeight }}>
        <div className="keel-gantt__header" style={{ width: LABEL_WIDTH + scale.width, height: headerHeight }}>
          <div className="keel-gantt__corner" style={{ width: LABEL_WIDTH }}>Issue</div>
          <div className="keel-gantt__scale">
            <svg width={scale.width} height={headerHeight} aria-hidden="true">
              {flags && flagHeight > 0 && <GanttFlagLanes flags={flags.flags} lanes={flags.lanes} describe={flags.describe} />}
              <g transform={`translate(0,${flagHeight})`}>
                <GanttAxis scale={scale} />
              </g>
            </svg>
            {flags && flagHeight > 0 && <GanttFlagButtons flags={flags.flags} describe={flags.describe} onShow={showFlag} />}
          </div>
        </div>
        <div className="keel-gantt__window" style={{ top: headerHeight + first * ROW_HEIGHT }}>
          <div className="keel-gantt__labels" style={{ width: LABEL_WIDTH }}>
            {shown.map((row, i) => (
              <GanttLabel key={row.id} row={row} index={first + i} ids={ids} active={first + i === active} onActivate={setActive} onToggle={onToggle} onOpen={onOpen} />
            ))}
          </div>
          <svg width={scale.width} height={shown.length * ROW_HEIGHT} className="keel-gantt__bars" aria-hidden="true">
            <ArrowHeads id={`${ids}-arrow`} />
            <g transform={`translate(0,${-first * ROW_HEIGHT})`}>
              {shown.map((row, i) => (i + first) % 2 === 1 && <rect key={`s${row.id}`} className="keel-gantt__stripe" x={0} y={(first + i) * ROW_HEIGHT} width={scale.width} height={ROW_HEIGHT} />)}
              {/* The grid and the poles span every row, so scrolling never redraws them. */}
              <GanttGrid scale={scale} grid={grid} top={0} height={height} today={today} />
              {flags && flagHeight > 0 && <GanttFlagPoles flags={flags.flags} top={0} height={height} />}
              <rect className="keel-gantt__active" x={0} y={active * ROW_HEIGHT} width={scale.width} height={ROW_HEIGHT} />
              <GanttArrows arrows={drawnArrows} markerId={`${ids}-arrow`} />
              {shown.map((row, i) => (
                <GanttRowShape key={row.id} row={row} index={first + i} scale={scale} baseline={row.kind === 'task' ? (baseline?.get(row.node.key) ?? null) : null} />
              ))}
            </g>
          </svg>
        </div>
      </div>
    </div>
  );
}
