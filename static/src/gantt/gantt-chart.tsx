import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ScheduleEdge } from '@contract';
import type { GanttRow } from './gantt-rows';
import { ArrowHeads, GanttArrows, GanttAxis, GanttGrid, GanttRowShape, gridMarks, HEADER_HEIGHT, LABEL_WIDTH, ROW_HEIGHT, rowEnds } from './gantt-shapes';
import type { GanttTimescale } from './gantt-timescale';

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
  onToggle: (id: string) => void;
  onOpen: (key: string) => void;
}

/**
 * The Gantt, virtualised: only the rows in view (and a few either side) are in the DOM, so thousands of rows
 * scroll smoothly. Labels stay at the left while the chart scrolls sideways; the timescale stays on top.
 * Keyboard: Up and Down move through rows, Home and End, Enter opens the issue (or folds a group), Left and
 * Right fold and unfold.
 */
export function GanttChart({ rows, edges, scale, holidays, today, baseline, title, onToggle, onOpen }: GanttChartProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const ids = useId().replaceAll(':', '');
  const [step, setStep] = useState(0);
  const [active, setActive] = useState(0);
  const frame = useRef(0);

  const onScroll = useCallback(() => {
    cancelAnimationFrame(frame.current);
    // The same step again renders nothing (React bails out on an unchanged state).
    frame.current = requestAnimationFrame(() => setStep(Math.floor((scroller.current?.scrollTop ?? 0) / ROW_HEIGHT / STEP) * STEP));
  }, []);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const first = Math.max(0, step - OVERSCAN);
  const last = Math.min(rows.length, step + Math.ceil(VIEW_HEIGHT / ROW_HEIGHT) + STEP + OVERSCAN);
  const grid = useMemo(() => gridMarks(scale, holidays), [scale, holidays]);
  const rowIndex = useMemo(() => new Map(rows.map((r, i) => [r.id, i])), [rows]);
  const shown = rows.slice(first, last);
  // Arrows that pass through the drawn rows, whichever rows they join.
  const crossing = useMemo(
    () =>
      edges.filter((e) => {
        const a = rowIndex.get(e.from);
        const b = rowIndex.get(e.to);
        return a !== undefined && b !== undefined && Math.min(a, b) < last && Math.max(a, b) >= first;
      }),
    [edges, rowIndex, first, last],
  );
  const ends = useCallback((key: string) => {
    const index = rowIndex.get(key);
    const row = index === undefined ? undefined : rows[index];
    return row && index !== undefined ? rowEnds(row, scale, index) : null;
  }, [rowIndex, rows, scale]);

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    const el = scroller.current;
    if (!el) return;
    const y = next * ROW_HEIGHT;
    if (y < el.scrollTop) el.scrollTop = y;
    else if (y + ROW_HEIGHT > el.scrollTop + el.clientHeight - HEADER_HEIGHT) el.scrollTop = y + ROW_HEIGHT - el.clientHeight + HEADER_HEIGHT;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
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
      style={{ height: Math.min(VIEW_HEIGHT, height + HEADER_HEIGHT + 18) }}
      onScroll={onScroll}
      tabIndex={0}
      role="treegrid"
      aria-label={`${title}. Up and Down move through the rows, Enter opens the issue or folds a group, Left and Right fold and unfold.`}
      aria-rowcount={rows.length}
      aria-activedescendant={activeRow ? `${ids}-row-${active}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="keel-gantt__content" style={{ width: LABEL_WIDTH + scale.width, height: height + HEADER_HEIGHT }}>
        <div className="keel-gantt__header" style={{ width: LABEL_WIDTH + scale.width, height: HEADER_HEIGHT }}>
          <div className="keel-gantt__corner" style={{ width: LABEL_WIDTH }}>Issue</div>
          <svg width={scale.width} height={HEADER_HEIGHT} aria-hidden="true">
            <GanttAxis scale={scale} />
          </svg>
        </div>
        <div className="keel-gantt__window" style={{ top: HEADER_HEIGHT + first * ROW_HEIGHT }}>
          <div className="keel-gantt__labels" style={{ width: LABEL_WIDTH }}>
            {shown.map((row, i) => {
              const index = first + i;
              return (
                <div
                  key={row.id}
                  id={`${ids}-row-${index}`}
                  role="row"
                  aria-rowindex={index + 1}
                  aria-level={row.depth + 1}
                  aria-expanded={row.kind === 'task' ? undefined : !row.collapsed}
                  aria-selected={index === active}
                  data-row={row.id}
                  className={`keel-gantt__label keel-gantt__label--${row.kind}${index === active ? ' keel-gantt__label--active' : ''}`}
                  style={{ height: ROW_HEIGHT, paddingLeft: 6 + row.depth * 14 }}
                  onClick={() => setActive(index)}
                >
                  {row.kind === 'task' ? (
                    <button type="button" tabIndex={-1} className="keel-link-button keel-gantt__key" onClick={() => onOpen(row.node.key)}>
                      {row.node.key}
                    </button>
                  ) : (
                    <button type="button" tabIndex={-1} className="keel-gantt__toggle" aria-label={`${row.collapsed ? 'Unfold' : 'Fold'} ${row.label}`} onClick={() => onToggle(row.id)}>
                      {row.collapsed ? '▸' : '▾'}
                    </button>
                  )}
                  <span className="keel-gantt__name" title={row.label}>
                    {row.kind === 'task' ? row.node.summary : `${row.label} (${row.count})`}
                  </span>
                </div>
              );
            })}
          </div>
          <svg width={scale.width} height={shown.length * ROW_HEIGHT} className="keel-gantt__bars" aria-hidden="true">
            <ArrowHeads id={`${ids}-arrow`} />
            <g transform={`translate(0,${-first * ROW_HEIGHT})`}>
              {shown.map((row, i) => (i + first) % 2 === 1 && <rect key={`s${row.id}`} className="keel-gantt__stripe" x={0} y={(first + i) * ROW_HEIGHT} width={scale.width} height={ROW_HEIGHT} />)}
              <GanttGrid scale={scale} grid={grid} top={first * ROW_HEIGHT} height={shown.length * ROW_HEIGHT} today={today} />
              <rect className="keel-gantt__active" x={0} y={active * ROW_HEIGHT} width={scale.width} height={ROW_HEIGHT} />
              <GanttArrows edges={crossing} ends={ends} markerId={`${ids}-arrow`} />
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
