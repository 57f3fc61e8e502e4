/**
 * One invocation's budget shared by its product requests (issue #11): retries sleep at most 8 s in all (a 429
 * storm once slept 41 s in one resolver call, past Forge's 25 s), every attempt counts against Forge's 100
 * fetches, and Forge's own refusal of the 101st is not retried.
 */
import { route } from '@forge/api';
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { z } from 'zod';
import { invocationBudget } from '../../src/adapters/invocation-budget';
import { productRequest } from '../../src/adapters/product-request';
import { response } from './fake-product';

const ok = z.object({ ok: z.boolean() });

/** Two requests of one invocation (as the viewer and as the app) over a Jira that answers `status` to everything. */
function invocation(status: number, retryAfter = '3') {
  const budget = invocationBudget();
  const waits: number[] = [];
  let calls = 0;
  const deps = {
    product: 'Jira' as const,
    fetch: () => {
      calls += 1;
      return Promise.resolve(response({ status, headers: { 'Retry-After': retryAfter }, ...(status === 200 ? { body: { ok: true } } : {}) }));
    },
    sleep: (ms: number) => Promise.resolve(void waits.push(ms)),
    random: () => 0.5,
    budget,
  };
  return { viewer: productRequest(deps), app: productRequest(deps), waits, calls: () => calls, budget };
}

describe('an invocation budget', () => {
  it('stops retrying a 429 storm once the invocation has slept 8 s, across all its requests', async () => {
    const { viewer, app, waits } = invocation(429);
    await expect(viewer(ok, route`/rest/api/3/myself`)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    await expect(app(ok, route`/rest/api/3/project/PAY`)).rejects.toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/try again in \d+ s/) as unknown });
    await expect(viewer(ok, route`/rest/api/3/myself`)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(8000);
    expect(waits.length).toBeGreaterThan(0);
  });

  it('counts every attempt, retries included, and refuses the 101st before sending it', async () => {
    const { viewer, budget, calls } = invocation(200);
    for (let i = 0; i < 100; i++) await viewer(ok, route`/rest/api/3/myself`);
    expect(budget.fetches).toBe(100);
    await expect(viewer(ok, route`/rest/api/3/myself`)).rejects.toMatchObject({ code: 'TOO_LARGE', message: expect.stringMatching(/more than 100 requests to Jira in one step/) as unknown });
    expect(calls()).toBe(100);
  });

  it("does not retry Forge's refusal of a fetch past its limit", async () => {
    let calls = 0;
    const request = productRequest({
      product: 'Jira',
      fetch: () => {
        calls += 1;
        return Promise.reject(Object.assign(new Error('Forge platform failed to process runtime HTTP request - 429 - FETCH_LIMIT_EXCEEDED'), { status: 429, errorCode: 'FETCH_LIMIT_EXCEEDED' }));
      },
      sleep: () => Promise.resolve(),
    });
    await expect(request(ok, route`/rest/api/3/myself`)).rejects.toMatchObject({ code: 'TOO_LARGE' });
    expect(calls).toBe(1);
  });
});
