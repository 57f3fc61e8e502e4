import { describe, it } from '@jest/globals';
import fc from 'fast-check';
import { expect } from '../../expect';
import { arrowRoute, routePath, STUB, type BarEnds, type Point } from '../../../static/src/gantt/gantt-arrows';

const ROW = 28;
const BAR = 12;
type Kind = 'FS' | 'SS' | 'FF' | 'SF';

/** True when segments ab and cd share a point (collinear overlaps included). */
function touches(a: Point, b: Point, c: Point, d: Point): boolean {
  const within = (p: number, q: number, r: number) => Math.min(p, q) <= r && r <= Math.max(p, q);
  const abVertical = a.x === b.x;
  const cdVertical = c.x === d.x;
  if (abVertical === cdVertical) {
    if (abVertical) return a.x === c.x && (within(a.y, b.y, c.y) || within(a.y, b.y, d.y) || within(c.y, d.y, a.y));
    return a.y === c.y && (within(a.x, b.x, c.x) || within(a.x, b.x, d.x) || within(c.x, d.x, a.x));
  }
  const [v1, v2, h1, h2] = abVertical ? [a, b, c, d] : [c, d, a, b];
  return within(h1.x, h2.x, v1.x) && within(v1.y, v2.y, h1.y);
}

/** The invariants of an MS Project route: orthogonal, no vertical turn back, no crossing, right sides. */
function checkRoute(kind: Kind, from: BarEnds, to: BarEnds): void {
  const route = arrowRoute(kind, from, to, ROW, BAR).filter((pt, i, all) => i === 0 || pt.x !== all[i - 1]!.x || pt.y !== all[i - 1]!.y);
  const first = route[0]!;
  const last = route[route.length - 1]!;
  const beforeLast = route[route.length - 2]!;
  // Leaves the predecessor at the end the kind names, sideways.
  expect(first).toEqual({ x: kind === 'FS' || kind === 'FF' ? from.end : from.start, y: from.y });
  expect(route[1]!.y).toBe(from.y);
  if (kind === 'FS' || kind === 'FF') expect(route[1]!.x).toBeGreaterThanOrEqual(from.end);
  else expect(route[1]!.x).toBeLessThan(from.start);
  // Arrives at the successor's end the kind names.
  if (kind === 'FS') {
    if (last.y === to.y) {
      expect(last.x).toBe(to.start);
      expect(beforeLast.x).toBeLessThan(to.start); // from the left
    } else {
      expect(last.y).toBe(to.y > from.y ? to.y - BAR / 2 : to.y + BAR / 2); // onto its top or bottom
      expect(last.x).toBeGreaterThanOrEqual(to.start);
      expect(last.x).toBeLessThanOrEqual(Math.max(to.start, to.end));
    }
  }
  if (kind === 'SS') expect([last.x, last.y, beforeLast.x < to.start]).toEqual([to.start, to.y, true]);
  if (kind === 'FF') expect([last.x, last.y, beforeLast.x > to.end]).toEqual([to.end, to.y, true]);
  if (kind === 'SF') expect([last.x, last.y, beforeLast.x > to.end]).toEqual([to.end, to.y, true]);
  const direction = Math.sign(to.y - from.y);
  for (let i = 1; i < route.length; i += 1) {
    const a = route[i - 1]!;
    const b = route[i]!;
    expect(a.x === b.x || a.y === b.y).toBe(true); // orthogonal
    expect(Math.sign(b.y - a.y) === 0 || Math.sign(b.y - a.y) === direction).toBe(true); // never turns back vertically
  }
  // No loop: segments that are not neighbours never meet.
  for (let i = 1; i < route.length; i += 1) {
    for (let j = i + 2; j < route.length; j += 1) expect(touches(route[i - 1]!, route[i]!, route[j - 1]!, route[j]!)).toBe(false);
  }
}

describe('arrowRoute', () => {
  it('FS with room: right from the finish, then down onto the successor just after its start (MS Project)', () => {
    expect(arrowRoute('FS', { start: 40, end: 100, y: 14 }, { start: 160, end: 200, y: 42 }, ROW, BAR)).toEqual([
      { x: 100, y: 14 }, { x: 168, y: 14 }, { x: 168, y: 36 },
    ]);
  });

  it('FS back to back on the critical path: no loop, straight down onto the successor', () => {
    const route = arrowRoute('FS', { start: 40, end: 100, y: 14 }, { start: 100, end: 140, y: 42 }, ROW, BAR);
    expect(route).toEqual([{ x: 100, y: 14 }, { x: 108, y: 14 }, { x: 108, y: 36 }]);
  });

  it('FS onto a milestone at the very finish (fast-check counterexample): round the gap, still leaving sideways', () => {
    checkRoute('FS', { start: 299, end: 364, y: 14 }, { start: 364, end: 364, y: 42 });
    expect(arrowRoute('FS', { start: 299, end: 364, y: 14 }, { start: 364, end: 364, y: 42 }, ROW, BAR)[1]).toEqual({ x: 364 + STUB, y: 14 });
  });

  it('FS into a successor that starts before the finish (negative lag): round the gap, into its start from the left', () => {
    expect(arrowRoute('FS', { start: 40, end: 100, y: 14 }, { start: 80, end: 120, y: 70 }, ROW, BAR)).toEqual([
      { x: 100, y: 14 }, { x: 100 + STUB, y: 14 }, { x: 100 + STUB, y: 56 }, { x: 80 - STUB, y: 56 }, { x: 80 - STUB, y: 70 }, { x: 80, y: 70 },
    ]);
  });

  it('SS: left out of both starts, into the successor start', () => {
    expect(arrowRoute('SS', { start: 40, end: 100, y: 14 }, { start: 60, end: 90, y: 42 }, ROW, BAR)).toEqual([
      { x: 40, y: 14 }, { x: 32, y: 14 }, { x: 32, y: 42 }, { x: 60, y: 42 },
    ]);
  });

  it('FF: right past both finishes, into the successor finish', () => {
    expect(arrowRoute('FF', { start: 40, end: 100, y: 42 }, { start: 60, end: 130, y: 14 }, ROW, BAR)).toEqual([
      { x: 100, y: 42 }, { x: 138, y: 42 }, { x: 138, y: 14 }, { x: 130, y: 14 },
    ]);
  });

  it('SF: left out of the start, into the successor finish from the right, round the gap when it ends later', () => {
    expect(arrowRoute('SF', { start: 100, end: 140, y: 14 }, { start: 40, end: 80, y: 42 }, ROW, BAR)).toEqual([
      { x: 100, y: 14 }, { x: 88, y: 14 }, { x: 88, y: 42 }, { x: 80, y: 42 },
    ]);
    expect(arrowRoute('SF', { start: 100, end: 140, y: 14 }, { start: 60, end: 130, y: 42 }, ROW, BAR)).toEqual([
      { x: 100, y: 14 }, { x: 92, y: 14 }, { x: 92, y: 28 }, { x: 138, y: 28 }, { x: 138, y: 42 }, { x: 130, y: 42 },
    ]);
  });

  it.each(['FS', 'SS', 'FF', 'SF'] as const)('%s: any two bars on different rows give a route without loops, from and to the right ends', (kind) => {
    const bar = fc.record({ start: fc.integer({ min: 0, max: 400 }), width: fc.integer({ min: 0, max: 200 }), row: fc.integer({ min: 0, max: 30 }) });
    fc.assert(
      fc.property(bar, bar, (a, b) => {
        fc.pre(a.row !== b.row);
        checkRoute(kind, { start: a.start, end: a.start + a.width, y: a.row * ROW + ROW / 2 }, { start: b.start, end: b.start + b.width, y: b.row * ROW + ROW / 2 });
      }),
      { numRuns: 500 },
    );
  });
});

describe('routePath', () => {
  it('writes SVG path data without repeated points', () => {
    expect(routePath([{ x: 1, y: 2 }, { x: 1, y: 2 }, { x: 5, y: 2 }])).toBe('M1,2 L5,2');
  });
});
