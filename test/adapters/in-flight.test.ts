/**
 * Independent requests sent together, a bounded number at a time (issue #11, first paint under 3 s): the limit
 * holds however many are asked, answers keep their order, a failure stops what has not started, and one
 * invocation's product requests (as the viewer and as the app) share one limit through its budget.
 */
import { route } from '@forge/api';
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { z } from 'zod';
import { inFlightLimit, mapInFlight, MAX_REQUESTS_IN_FLIGHT } from '../../src/adapters/in-flight';
import { invocationBudget } from '../../src/adapters/invocation-budget';
import { productRequest } from '../../src/adapters/product-request';
import { response } from './fake-product';

/** Work that waits until `release` is called, counting how many wait at once. */
function gate() {
  let running = 0;
  let most = 0;
  const pending: (() => void)[] = [];
  const work = async <T>(value: T): Promise<T> => {
    most = Math.max(most, ++running);
    await new Promise<void>((resolve) => pending.push(resolve));
    running--;
    return value;
  };
  /** Lets every waiting piece of work finish, round after round, until none is left. */
  const drain = async (): Promise<void> => {
    for (let round = 0; round < 1000; round++) {
      await new Promise((resolve) => setImmediate(resolve));
      if (pending.length === 0) return;
      for (const resolve of pending.splice(0)) resolve();
    }
  };
  return { work, drain, most: () => most, waiting: () => pending.length };
}

describe('inFlightLimit', () => {
  it('runs at most `max` at once and every piece of work in the end', async () => {
    const g = gate();
    const limit = inFlightLimit(3);
    const all = Promise.all(Array.from({ length: 10 }, (_, i) => limit(() => g.work(i))));
    await new Promise((resolve) => setImmediate(resolve));
    expect(g.waiting(), 'the first three started, the others wait').toBe(3);
    await g.drain();
    expect(await all).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(g.most()).toBe(3);
  });

  it('frees the slot of work that fails', async () => {
    const limit = inFlightLimit(1);
    await expect(limit(() => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(await limit(() => Promise.resolve('next'))).toBe('next');
  });
});

describe('mapInFlight', () => {
  it('answers in the order of its items, with at most `max` pending', async () => {
    const g = gate();
    const mapped = mapInFlight(['a', 'b', 'c', 'd', 'e'], 2, (item, i) => g.work(`${item}${i}`));
    await g.drain();
    expect(await mapped).toEqual(['a0', 'b1', 'c2', 'd3', 'e4']);
    expect(g.most()).toBe(2);
  });

  it('answers an empty list at once', async () => {
    expect(await mapInFlight([], 4, () => Promise.resolve(1))).toEqual([]);
  });

  it('rejects with the first failure and starts nothing after it', async () => {
    const started: number[] = [];
    const mapped = mapInFlight([0, 1, 2, 3, 4, 5], 2, async (i) => {
      started.push(i);
      await Promise.resolve();
      if (i === 1) throw new Error(`item ${i} failed`);
      return i;
    });
    await expect(mapped).rejects.toThrow('item 1 failed');
    expect(started, 'the two first, and the one the other worker took before the failure').toEqual([0, 1, 2]);
  });
});

describe("an invocation's product requests", () => {
  it(`keep at most ${MAX_REQUESTS_IN_FLIGHT} in flight, as the viewer and as the app together`, async () => {
    const g = gate();
    const budget = invocationBudget();
    const fetch = () => g.work(response({ status: 200, body: { ok: true } }));
    const viewer = productRequest({ product: 'Jira', fetch, budget });
    const app = productRequest({ product: 'Jira', fetch, budget });
    const requests = Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? viewer : app)(z.object({ ok: z.boolean() }), route`/rest/api/3/myself`)));
    await g.drain();
    expect((await requests).every((r) => r.ok)).toBe(true);
    expect(g.most()).toBe(MAX_REQUESTS_IN_FLIGHT);
    expect(budget.fetches, 'each request is one fetch, as before').toBe(20);
  });
});
