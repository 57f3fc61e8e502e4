/** Which arrows a scrolled Gantt draws (#17, Speed): those touching or crossing the drawn rows, critical on top. */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { ScheduleEdge } from '@contract';
import { arrowIndex, arrowsInWindow } from '../../../static/src/gantt/gantt-arrow-window';

const edge = (from: string, to: string, extra: Partial<ScheduleEdge> = {}): ScheduleEdge => ({
  linkId: `${from}-${to}`, linkType: 'Blocks', from, to, kind: 'FS', lagDays: 0, critical: false, ignored: false, inCycle: false, ...extra,
});
const keys = ['A', 'B', 'C', 'D', 'E', 'F'];
const rowOf = new Map(keys.map((k, i) => [k, i]));
const ends = (i: number) => ({ start: i * 10, end: i * 10 + 8, y: i * 28 + 14 });
const ids = (arrows: { edge: ScheduleEdge }[]) => arrows.map((a) => a.edge.linkId);

describe('arrowIndex', () => {
  it('indexes arrows by their upper row, leaving out ignored links, links within a row and rows not drawn', () => {
    const index = arrowIndex([edge('A', 'C'), edge('B', 'A'), edge('A', 'A'), edge('C', 'D', { ignored: true }), edge('E', 'Z')], rowOf, ends);
    expect(index.map((a) => [a.edge.linkId, a.top, a.bottom])).toEqual([
      ['B-A', 0, 1],
      ['A-C', 0, 2],
    ]);
    expect(index[1]?.from).toEqual(ends(0));
    expect(index[1]?.to).toEqual(ends(2));
  });

  it('leaves out a link to a row without a bar (a group heading)', () => {
    expect(arrowIndex([edge('A', 'B')], rowOf, (i) => (i === 1 ? null : ends(i)))).toEqual([]);
  });
});

describe('arrowsInWindow', () => {
  const index = arrowIndex([edge('A', 'F', { critical: true }), edge('A', 'B'), edge('C', 'D'), edge('E', 'F'), edge('B', 'E')], rowOf, ends);

  it('draws the arrows with an end in rows 2 to 3 and those crossing them, critical ones last', () => {
    expect(ids(arrowsInWindow(index, 2, 4))).toEqual(['B-E', 'C-D', 'A-F']);
  });

  it('draws for one row the arrows ending at it and passing it, and everything for the whole chart', () => {
    expect(ids(arrowsInWindow(index, 4, 5))).toEqual(['B-E', 'E-F', 'A-F']);
    expect(arrowsInWindow(index, 0, 6)).toHaveLength(5);
    expect(arrowsInWindow([], 0, 6)).toEqual([]);
  });

  it('agrees with checking every arrow, on a long chain of random links', () => {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const many = Array.from({ length: 400 }, (_, i) => ({ from: Math.floor(next() * 200), to: Math.floor(next() * 200), i }));
    const rows = new Map(Array.from({ length: 200 }, (_, i) => [`K${i}`, i]));
    const built = arrowIndex(many.map((m) => edge(`K${m.from}`, `K${m.to}`, { linkId: `L${m.i}`, critical: m.i % 5 === 0 })), rows, ends);
    for (const [first, last] of [[0, 20], [50, 90], [180, 200], [120, 121]] as const) {
      const expected = built.filter((a) => a.top < last && a.bottom >= first).map((a) => a.edge.linkId).sort();
      expect(ids(arrowsInWindow(built, first, last)).sort()).toEqual(expected);
    }
  });
});
