import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { barycentreOrder } from '../../../static/src/layout/barycentre-order';
import { countCrossings } from '../../../static/src/layout/count-crossings';

const edges = (...pairs: string[]) => pairs.map((p) => ({ from: p[0] ?? '', to: p[1] ?? '' }));

describe('countCrossings', () => {
  it('counts pairs of edges whose ends are in opposite order on adjacent layers', () => {
    expect(countCrossings([['a', 'b'], ['c', 'd']], edges('ad', 'bc'))).toBe(1);
    expect(countCrossings([['a', 'b'], ['c', 'd']], edges('ac', 'bd'))).toBe(0);
    expect(countCrossings([['a', 'b', 'c'], ['d', 'e', 'f']], edges('af', 'be', 'cd'))).toBe(3);
  });
});

describe('barycentreOrder', () => {
  it('removes the crossings of a twisted ladder', () => {
    // a-b-c on top feed f-e-d below in reverse: three crossings as given, none once ordered.
    const layers = [['a', 'b', 'c'], ['d', 'e', 'f']];
    const links = edges('af', 'be', 'cd');
    expect(countCrossings(layers, links)).toBe(3);
    const ordered = barycentreOrder(layers, links);
    expect(countCrossings(ordered, links)).toBe(0);
  });

  it('reduces the crossings of a small three-layer graph and keeps every node in its layer', () => {
    const layers = [['a', 'b', 'c', 'd'], ['e', 'f', 'g', 'h'], ['i', 'j', 'k']];
    const links = edges('ah', 'bg', 'cf', 'de', 'ek', 'fj', 'gi', 'hi', 'ag');
    const before = countCrossings(layers, links);
    const ordered = barycentreOrder(layers, links);
    expect(countCrossings(ordered, links)).toBeLessThan(before);
    ordered.forEach((layer, i) => expect([...layer].sort()).toEqual([...(layers[i] ?? [])].sort()));
  });

  it('is deterministic and leaves an already uncrossed order alone', () => {
    const layers = [['a', 'b'], ['c', 'd']];
    const links = edges('ac', 'bd');
    expect(barycentreOrder(layers, links)).toEqual([['a', 'b'], ['c', 'd']]);
    const twisted = [['a', 'b', 'c'], ['d', 'e', 'f']];
    expect(barycentreOrder(twisted, edges('af', 'be', 'cd'))).toEqual(barycentreOrder(twisted, edges('af', 'be', 'cd')));
  });

  it('handles empty layers and edges to unknown nodes', () => {
    expect(barycentreOrder([], [])).toEqual([]);
    expect(barycentreOrder([['a'], []], edges('ax'))).toEqual([['a'], []]);
  });
});
