import { describe, it } from '@jest/globals';
import fc from 'fast-check';
import { expect } from '../../expect';
import { edgePath } from '../../../static/src/dependencies/edge-path';
import type { Point } from '../../../static/src/gantt/gantt-arrows';

/** Whether two orthogonal segments share a point. */
function touches(a: Point, b: Point, c: Point, d: Point): boolean {
  const within = (p: number, q: number, r: number) => Math.min(p, q) <= r && r <= Math.max(p, q);
  if ((a.x === b.x) === (c.x === d.x)) {
    if (a.x === b.x) return a.x === c.x && (within(a.y, b.y, c.y) || within(a.y, b.y, d.y) || within(c.y, d.y, a.y));
    return a.y === c.y && (within(a.x, b.x, c.x) || within(a.x, b.x, d.x) || within(c.x, d.x, a.x));
  }
  const [v1, v2, h1, h2] = a.x === b.x ? [a, b, c, d] : [c, d, a, b];
  return within(h1.x, h2.x, v1.x) && within(v1.y, v2.y, h1.y);
}

function loops(points: readonly Point[]): boolean {
  const kept = points.filter((p, i) => i === 0 || p.x !== points[i - 1]!.x || p.y !== points[i - 1]!.y);
  for (let i = 1; i < kept.length; i += 1) {
    for (let j = i + 2; j < kept.length; j += 1) if (touches(kept[i - 1]!, kept[i]!, kept[j - 1]!, kept[j]!)) return true;
  }
  return false;
}

describe('edgePath on the map', () => {
  it('draws a tight critical FS link (successor starting the day its predecessor finishes) without a loop', () => {
    // Time mode: duration bars of height 0 under the cards, as for PAY-101 → PAY-105 → PAY-106.
    const pred = { x: 100, y: 80, width: 60, height: 0 };
    const succ = { x: 160, y: 200, width: 40, height: 0 };
    const { d, points } = edgePath('FS', pred, succ);
    expect(d).not.toContain('C'); // no curves
    expect(loops(points)).toBe(false);
    expect(points[0]).toEqual({ x: 160, y: 80 });
    expect(points[points.length - 1]).toEqual({ x: 168, y: 200 });
  });

  it('joins boxes on one line straight forwards, and under both boxes backwards', () => {
    expect(edgePath('FS', { x: 0, y: 0, width: 50, height: 40 }, { x: 80, y: 0, width: 50, height: 40 }).points).toEqual([{ x: 50, y: 20 }, { x: 80, y: 20 }]);
    const back = edgePath('FS', { x: 80, y: 0, width: 50, height: 40 }, { x: 0, y: 0, width: 50, height: 40 }).points;
    expect(loops(back)).toBe(false);
    expect(Math.max(...back.map((p) => p.y))).toBe(48);
  });

  it.each(['FS', 'SS', 'FF', 'SF'] as const)('%s: never loops, whatever the boxes (cards or bars, any places)', (kind) => {
    const box = fc.record({ x: fc.integer({ min: 0, max: 600 }), width: fc.integer({ min: 2, max: 200 }), row: fc.integer({ min: 0, max: 20 }), height: fc.constantFrom(0, 56) });
    fc.assert(
      fc.property(box, box, (a, b) => {
        fc.pre(a.row !== b.row);
        const from = { x: a.x, y: a.row * 90, width: a.width, height: a.height };
        const to = { x: b.x, y: b.row * 90, width: b.width, height: b.height };
        const { points } = edgePath(kind, from, to);
        expect(loops(points)).toBe(false);
        for (let i = 1; i < points.length; i += 1) expect(points[i - 1]!.x === points[i]!.x || points[i - 1]!.y === points[i]!.y).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
