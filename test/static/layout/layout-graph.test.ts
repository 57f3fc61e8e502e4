import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { layoutGraph, type LayoutNode, type LayoutOptions } from '../../../static/src/layout/layout-graph';
import { packedRows } from '../../../static/src/layout/packed-rows';

const OPTIONS: LayoutOptions = { mode: 'order', grouped: false, boxWidth: 100, boxHeight: 40, rowGap: 10, layerGap: 50, dayWidth: 10, margin: 20, top: 30, bandHeader: 20 };
const node = (id: string, start: number, finish: number, group: string | null = null): LayoutNode => ({ id, group, start, finish });
const NODES = [node('a', 0, 2, 'E1'), node('b', 2, 5, 'E1'), node('c', 2, 3, 'E2'), node('d', 5, 8, 'E2'), node('e', 0, 1, null)];
const EDGES = [
  { from: 'a', to: 'b' },
  { from: 'a', to: 'c' },
  { from: 'b', to: 'd' },
  { from: 'c', to: 'd' },
];

describe('layoutGraph in dependency order', () => {
  it('draws every edge left to right, one column per layer', () => {
    const layout = layoutGraph(NODES, EDGES, OPTIONS);
    for (const { from, to } of EDGES) expect(layout.boxes.get(to)?.x).toBeGreaterThan(layout.boxes.get(from)?.x ?? Infinity);
    expect(layout.boxes.get('a')?.x).toBe(20);
    expect(layout.boxes.get('b')?.x).toBe(170);
    expect(layout.boxes.get('d')?.x).toBe(320);
  });

  it('never puts two boxes on the same spot', () => {
    const layout = layoutGraph(NODES, EDGES, OPTIONS);
    const spots = [...layout.boxes.values()].map((b) => `${b.x},${b.y}`);
    expect(new Set(spots).size).toBe(spots.length);
  });

  it('gives the same coordinates for the same input, whatever the input order', () => {
    const first = layoutGraph(NODES, EDGES, OPTIONS);
    const again = layoutGraph(NODES, EDGES, OPTIONS);
    expect([...again.boxes]).toEqual([...first.boxes]);
    expect(again.width).toBe(first.width);
    expect(again.height).toBe(first.height);
  });

  it('bands nodes by group when grouping, epics first and "no group" last', () => {
    const layout = layoutGraph(NODES, EDGES, { ...OPTIONS, grouped: true });
    expect(layout.bands.map((b) => b.group)).toEqual(['E1', 'E2', null]);
    const band = (id: string) => layout.bands.findIndex((b) => {
      const y = layout.boxes.get(id)?.y ?? -1;
      return y >= b.y && y < b.y + b.height;
    });
    expect([band('a'), band('b'), band('c'), band('d'), band('e')]).toEqual([0, 0, 1, 1, 2]);
  });

  it('answers an empty layout for no nodes', () => {
    const layout = layoutGraph([], [], OPTIONS);
    expect(layout.boxes.size).toBe(0);
    expect(layout.bands).toEqual([]);
  });
});

describe('layoutGraph in time', () => {
  it('places each box at its early start and no two boxes of a row overlap', () => {
    const layout = layoutGraph(NODES, EDGES, { ...OPTIONS, mode: 'time' });
    for (const n of NODES) expect(layout.boxes.get(n.id)?.x).toBe(20 + n.start * 10);
    for (const { from, to } of EDGES) expect(layout.boxes.get(to)?.x).toBeGreaterThanOrEqual(layout.boxes.get(from)?.x ?? Infinity);
    const boxes = [...layout.boxes.values()];
    for (const p of boxes) for (const q of boxes) if (p !== q && p.y === q.y) expect(p.x + p.width <= q.x || q.x + q.width <= p.x).toBe(true);
  });

  it('shifts the origin right when done work starts before the project (negative offsets)', () => {
    const layout = layoutGraph([node('x', -3, 0), node('y', 0, 2)], [], { ...OPTIONS, mode: 'time' });
    expect(layout.minOffset).toBe(-3);
    expect(layout.boxes.get('x')?.x).toBe(20);
    expect(layout.originX).toBe(50);
  });

  it('starts the drawing at the earliest issue drawn, not at the project start', () => {
    const layout = layoutGraph([node('x', 10, 12), node('y', 14, 15)], [], { ...OPTIONS, mode: 'time' });
    expect(layout.minOffset).toBe(10);
    expect(layout.boxes.get('x')?.x).toBe(20);
    expect(layout.boxes.get('y')?.x).toBe(60);
  });
});

describe('packedRows', () => {
  it('packs first fit and keeps a chain on its predecessor’s row', () => {
    expect(packedRows([{ id: 'a', start: 0, end: 10 }, { id: 'b', start: 5, end: 15 }, { id: 'c', start: 12, end: 20 }], 0).rows).toEqual(
      new Map([['a', 0], ['b', 1], ['c', 0]]),
    );
    const chained = packedRows([{ id: 'a', start: 0, end: 10 }, { id: 'b', start: 5, end: 15 }, { id: 'c', start: 16, end: 20 }], 0, new Map([['c', ['b']]]));
    expect(chained.rows.get('c')).toBe(1);
  });
});
