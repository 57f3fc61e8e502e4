import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { longestPathLayers } from '../../../static/src/layout/longest-path-layers';

const edges = (...pairs: string[]) => pairs.map((p) => ({ from: p[0] ?? '', to: p[1] ?? '' }));

describe('longestPathLayers', () => {
  it('gives an empty map for an empty graph and layer 0 to a single node', () => {
    expect(longestPathLayers([], [])).toEqual(new Map());
    expect(longestPathLayers(['a'], [])).toEqual(new Map([['a', 0]]));
  });

  it('puts every successor in a later layer than its predecessors (diamond plus a shortcut)', () => {
    const ids = ['d', 'c', 'b', 'a'];
    const links = edges('ab', 'ac', 'bd', 'cd', 'ad');
    const layers = longestPathLayers(ids, links);
    expect(Object.fromEntries(layers)).toEqual({ a: 0, b: 1, c: 1, d: 2 });
    for (const { from, to } of links) expect(layers.get(to)).toBeGreaterThan(layers.get(from) ?? Infinity);
  });

  it('keeps disconnected parts at layer 0 and ignores self-links and unknown ends', () => {
    expect(Object.fromEntries(longestPathLayers(['a', 'b', 'x'], edges('ab', 'xx', 'az', 'zb')))).toEqual({ a: 0, b: 1, x: 0 });
  });

  it('still answers for a cycle the caller did not cut, placing it after what feeds it', () => {
    const layers = longestPathLayers(['s', 'a', 'b', 'c'], edges('sa', 'ab', 'bc', 'ca'));
    expect(layers.get('s')).toBe(0);
    expect(layers.get('a')).toBeGreaterThan(0);
    expect(layers.get('b')).toBeGreaterThan(layers.get('a') ?? Infinity);
    expect(layers.get('c')).toBeGreaterThan(layers.get('b') ?? Infinity);
  });

  it('lays out a 100,000-issue chain without recursion', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `n${i}`);
    const chain = ids.slice(1).map((id, i) => ({ from: ids[i] ?? '', to: id }));
    expect(longestPathLayers(ids, chain).get('n99999')).toBe(99_999);
  });
});
