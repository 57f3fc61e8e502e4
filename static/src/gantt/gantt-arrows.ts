/**
 * Dependency arrows routed as Microsoft Project draws them: orthogonal lines from the end (FS, FF) or start
 * (SS, SF) of the predecessor's bar to the start (FS, SS) or end (FF, SF) of the successor's. An arrow never
 * turns back on itself vertically and never crosses itself: when the successor's end is on the wrong side, the
 * line drops to the gap between rows next to the successor, crosses there, and enters from the proper side.
 * O(1) per arrow.
 */
import type { ScheduleEdge } from '@contract';

export interface BarEnds {
  /** x of the bar's start and (exclusive) finish. */
  start: number;
  end: number;
  /** y of the bar's middle. */
  y: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Horizontal run out of and into a bar. */
export const STUB = 8;

/**
 * The polyline of one arrow. `rowHeight` places the detour in the gap between the successor's row and its
 * neighbour on the predecessor's side; `barHeight` is where an FS arrow lands on the successor's top or bottom.
 * Example, FS from a bar ending at 100 (y 14) to one from 160 to 200 (y 42), bars 12 high:
 * (100,14) (168,14) (168,36): right, then down onto the successor just after its start.
 */
export function arrowRoute(kind: ScheduleEdge['kind'], from: BarEnds, to: BarEnds, rowHeight: number, barHeight: number): Point[] {
  const y1 = from.y;
  const y2 = to.y;
  const down = y2 >= y1;
  // The gap between rows next to the successor, on the predecessor's side.
  const gap = down ? y2 - rowHeight / 2 : y2 + rowHeight / 2;
  switch (kind) {
    case 'FS': {
      // Out of the finish to the right; onto the successor's top (or bottom) just after its start when it
      // starts after the finish, else round the gap into its start from the left. A milestone (no width) at the
      // very finish leaves no run to the right: it is entered round the gap too, so the arrow still leaves sideways.
      const x = to.start + Math.min(STUB, Math.max(0, (to.end - to.start) / 2));
      if (to.start >= from.end && x > from.end) return [p(from.end, y1), p(x, y1), p(x, down ? y2 - barHeight / 2 : y2 + barHeight / 2)];
      const exit = from.end + STUB;
      const entry = to.start - STUB;
      return [p(from.end, y1), p(exit, y1), p(exit, gap), p(entry, gap), p(entry, y2), p(to.start, y2)];
    }
    case 'SS': {
      const x = Math.min(from.start, to.start) - STUB;
      return [p(from.start, y1), p(x, y1), p(x, y2), p(to.start, y2)];
    }
    case 'FF': {
      const x = Math.max(from.end, to.end) + STUB;
      return [p(from.end, y1), p(x, y1), p(x, y2), p(to.end, y2)];
    }
    case 'SF': {
      // Out of the start to the left, into the finish from the right.
      const exit = from.start - STUB;
      const entry = to.end + STUB;
      if (entry <= exit + STUB / 2) return [p(from.start, y1), p(Math.min(exit + STUB / 2, entry), y1), p(Math.min(exit + STUB / 2, entry), y2), p(to.end, y2)];
      return [p(from.start, y1), p(exit, y1), p(exit, gap), p(entry, gap), p(entry, y2), p(to.end, y2)];
    }
  }
}

const p = (x: number, y: number): Point => ({ x, y });

/** SVG path data of a route, with repeated points dropped. */
export function routePath(points: readonly Point[]): string {
  const kept = points.filter((pt, i) => i === 0 || pt.x !== points[i - 1]?.x || pt.y !== points[i - 1]?.y);
  return kept.map((pt, i) => `${i === 0 ? 'M' : 'L'}${round(pt.x)},${round(pt.y)}`).join(' ');
}

const round = (v: number) => Math.round(v * 10) / 10;
