/**
 * The path of a dependency between two boxes. The arrow leaves the side of the predecessor that the kind
 * constrains (finish: right, start: left) and enters the constrained side of the successor, as in MS Project.
 */
import type { ScheduleEdge } from '@contract';
import type { Box } from '../layout/layout-graph';

export interface EdgeGeometry {
  d: string;
  labelX: number;
  labelY: number;
}

/**
 * A cubic Bézier from one box side to the other; the control points bulge horizontally by half the gap. An
 * arrow that must run backwards (a link cut from a cycle, or a negative lag) loops under both boxes instead of
 * crossing them and landing on another arrow's end.
 */
export function edgePath(kind: ScheduleEdge['kind'], from: Box, to: Box): EdgeGeometry {
  const fromFinish = kind === 'FS' || kind === 'FF';
  const toStart = kind === 'FS' || kind === 'SS';
  const x1 = fromFinish ? from.x + from.width : from.x;
  const y1 = from.y + from.height / 2;
  const x2 = toStart ? to.x : to.x + to.width;
  const y2 = to.y + to.height / 2;
  const out = fromFinish ? 1 : -1;
  const into = toStart ? 1 : -1;
  if (out === into && (x2 - x1) * out < 16) {
    const low = Math.max(from.y + from.height, to.y + to.height) + 10;
    const k = 20;
    return {
      d: `M${x1},${y1} C${x1 + out * k},${y1} ${x1 + out * k},${low} ${x1},${low} L${x2},${low} C${x2 - into * k},${low} ${x2 - into * k},${y2} ${x2},${y2}`,
      labelX: (x1 + x2) / 2,
      labelY: low + 12,
    };
  }
  const bulge = Math.max(24, Math.abs(x2 - x1) / 2);
  const c1 = x1 + (fromFinish ? bulge : -bulge);
  const c2 = x2 + (toStart ? -bulge : bulge);
  return {
    d: `M${x1},${y1} C${c1},${y1} ${c2},${y2} ${x2},${y2}`,
    labelX: (x1 + x2) / 2 + ((fromFinish ? bulge : -bulge) + (toStart ? -bulge : bulge)) * 0.375,
    labelY: (y1 + y2) / 2 - 4,
  };
}
