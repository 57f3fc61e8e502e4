/**
 * Which dependency arrows a scrolled Gantt draws: those with an end among the drawn rows, and those passing
 * through them (an arrow's vertical run crosses every row between its two ends). The arrows are indexed once per
 * rows and timescale, sorted by their upper row, so a scroll step reads the index up to the window's last row and
 * keeps each arrow whose lower row reaches the window: O(arrows above the window's end) a step, no routing.
 */
import type { ScheduleEdge } from '@contract';
import type { BarEnds } from './gantt-arrows';

export interface PlacedArrow {
  edge: ScheduleEdge;
  from: BarEnds;
  to: BarEnds;
  /** The upper and lower row indexes the arrow joins. */
  top: number;
  bottom: number;
}

/**
 * The arrows between two rows with bars, ignored links and links within one row left out, by upper row.
 * `rowOf` gives a key's row index, `endsOf` the bar ends of the row at an index (null: no bar).
 * Example: rows A (0), B (1), C (2); links A->C and B->A give [{B->A, top 0, bottom 1}, {A->C, top 0, bottom 2}].
 */
export function arrowIndex(edges: readonly ScheduleEdge[], rowOf: ReadonlyMap<string, number>, endsOf: (index: number) => BarEnds | null): PlacedArrow[] {
  const placed: PlacedArrow[] = [];
  for (const edge of edges) {
    if (edge.ignored) continue;
    const a = rowOf.get(edge.from);
    const b = rowOf.get(edge.to);
    if (a === undefined || b === undefined || a === b) continue;
    const from = endsOf(a);
    const to = endsOf(b);
    if (from === null || to === null) continue;
    placed.push({ edge, from, to, top: Math.min(a, b), bottom: Math.max(a, b) });
  }
  return placed.sort((x, y) => x.top - y.top || x.bottom - y.bottom);
}

/**
 * The arrows to draw for rows `first` (inclusive) to `last` (exclusive): any that touches or crosses them, the
 * critical ones last so they are drawn on top. Example: with the index above, rows 2 to 3 draw A->C only.
 */
export function arrowsInWindow(index: readonly PlacedArrow[], first: number, last: number): PlacedArrow[] {
  const normal: PlacedArrow[] = [];
  const critical: PlacedArrow[] = [];
  for (const arrow of index) {
    if (arrow.top >= last) break;
    if (arrow.bottom < first) continue;
    (arrow.edge.critical ? critical : normal).push(arrow);
  }
  return normal.concat(critical);
}
