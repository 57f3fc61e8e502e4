import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { derivedOnce } from '../../src/use-cases/derived-once';

describe('derivedOnce', () => {
  it('computes once per frozen list, name and deps', () => {
    const list = Object.freeze([1, 2, 3]);
    const links = Object.freeze(['a']);
    let runs = 0;
    const sum = () => derivedOnce(list, 'sum', [links], () => (runs++, list.reduce((a, b) => a + b, 0)));
    expect([sum(), sum(), sum()]).toEqual([6, 6, 6]);
    expect(runs).toBe(1);
  });

  it('computes again for another name or other deps (compared by identity)', () => {
    const list = Object.freeze([1, 2]);
    let runs = 0;
    const count = (name: string, deps: unknown[]) => derivedOnce(list, name, deps, () => ++runs);
    const links = ['x'];
    expect(count('a', [links])).toBe(1);
    expect(count('b', [links])).toBe(2);
    expect(count('a', [['x']])).toBe(3);
    expect(count('a', [['x']])).toBe(4);
  });

  it('never keeps what is derived from a list that may still change', () => {
    const list = [1, 2];
    const length = () => derivedOnce(list, 'length', [], () => list.length);
    expect(length()).toBe(2);
    list.push(3);
    expect(length()).toBe(3);
  });

  it('keeps at most 40 values a list, dropping the least recently used', () => {
    const list = Object.freeze([0]);
    let runs = 0;
    const value = (name: string) => derivedOnce(list, name, [], () => ++runs);
    for (let i = 0; i < 41; i++) value(`v${i}`);
    expect(runs).toBe(41);
    value('v40');
    expect(runs).toBe(41);
    value('v0');
    expect(runs).toBe(42);
  });
});
