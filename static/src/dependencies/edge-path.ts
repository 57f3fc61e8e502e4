/**
 * The path of a dependency between two boxes on the map: the Gantt's orthogonal routing (gantt-arrows.ts, as
 * MS Project draws links) from the side of the predecessor that the kind constrains (finish: right, start: left)
 * to the constrained side of the successor. It never loops: a tight critical link (the successor starting the
 * day its predecessor finishes) drops straight onto the successor instead of curling round under both boxes.
 */
import type { ScheduleEdge } from '@contract';
import { arrowRoute, routePath, STUB, type Point } from '../gantt/gantt-arrows';
import type { Box } from '../layout/layout-graph';

export interface EdgeGeometry {
  d: string;
  points: Point[];
  labelX: number;
  labelY: number;
}

/** Room kept between a detour and the successor's box. */
const CLEARANCE = 8;

export function edgePath(kind: ScheduleEdge['kind'], from: Box, to: Box): EdgeGeometry {
  const a = { start: from.x, end: from.x + from.width, y: from.y + from.height / 2 };
  const b = { start: to.x, end: to.x + to.width, y: to.y + to.height / 2 };
  const forward = (kind === 'FS' && b.start >= a.end) || (kind === 'SF' && b.end <= a.start);
  let points: Point[];
  if (Math.abs(a.y - b.y) < 1) {
    const x1 = kind === 'FS' || kind === 'FF' ? a.end : a.start;
    const x2 = kind === 'FS' || kind === 'SS' ? b.start : b.end;
    // Side by side on one line: a straight arrow forwards, else a U under both boxes.
    const exit = x1 + (kind === 'FS' || kind === 'FF' ? STUB : -STUB);
    const entry = x2 + (kind === 'FS' || kind === 'SS' ? -STUB : STUB);
    const low = Math.max(from.y + from.height, to.y + to.height) + CLEARANCE;
    points = forward ? [{ x: x1, y: a.y }, { x: x2, y: b.y }] : [{ x: x1, y: a.y }, { x: exit, y: a.y }, { x: exit, y: low }, { x: entry, y: low }, { x: entry, y: b.y }, { x: x2, y: b.y }];
  } else {
    // The detour runs just outside the successor's box, but never beyond the predecessor's middle (no turning back).
    const distance = Math.abs(b.y - a.y);
    const rowHeight = 2 * Math.min(distance, to.height / 2 + CLEARANCE);
    points = arrowRoute(kind, a, b, rowHeight, to.height);
  }
  const label = longestSegmentMiddle(points);
  return { d: routePath(points), points, labelX: label.x, labelY: label.y - 4 };
}

function longestSegmentMiddle(points: readonly Point[]): Point {
  let best = { x: points[0]?.x ?? 0, y: points[0]?.y ?? 0 };
  let length = -1;
  for (let i = 1; i < points.length; i += 1) {
    const p = points[i - 1];
    const q = points[i];
    if (!p || !q) continue;
    const l = Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
    if (l > length) {
      length = l;
      best = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
    }
  }
  return best;
}
