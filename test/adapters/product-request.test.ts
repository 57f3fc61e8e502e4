import { route } from '@forge/api';
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { z } from 'zod';
import { AppError } from '../../src/app-error';
import { productRequest } from '../../src/adapters/product-request';
import { scriptedProduct } from './fake-product';

const ok = z.object({ ok: z.boolean() });

function setup(answers: Parameters<typeof scriptedProduct>[0]) {
  const product = scriptedProduct(answers);
  const waits: number[] = [];
  const request = productRequest({
    product: 'Jira',
    fetch: product.fetch,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
    now: () => Date.parse('2026-11-16T10:00:00Z'),
  });
  return { request, calls: product.calls, waits };
}

describe('productRequest', () => {
  it('parses a 2xx answer with the caller schema', async () => {
    const { request } = setup([{ status: 200, body: { ok: true } }]);
    await expect(request(ok, route`/rest/api/3/myself`)).resolves.toEqual({ ok: true });
  });

  it('waits as long as Retry-After says on 429, then succeeds', async () => {
    const { request, waits, calls } = setup([
      { status: 429, headers: { 'Retry-After': '2' } },
      { status: 200, body: { ok: true } },
    ]);
    await expect(request(ok, route`/rest/api/3/myself`)).resolves.toEqual({ ok: true });
    expect(calls).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(2000);
    expect(waits[0]).toBeLessThan(2300);
  });

  it('reads Retry-After given as an HTTP date', async () => {
    const { request, waits } = setup([
      { status: 503, headers: { 'Retry-After': 'Mon, 16 Nov 2026 10:00:03 GMT' } },
      { status: 200, body: { ok: true } },
    ]);
    await request(ok, route`/rest/api/3/myself`);
    expect(waits[0]).toBeGreaterThanOrEqual(3000);
  });

  it('retries a 500 on a read with growing backoff, but never a write', async () => {
    const read = setup([{ status: 500 }, { status: 502 }, { status: 200, body: { ok: true } }]);
    await expect(read.request(ok, route`/rest/api/3/field`)).resolves.toEqual({ ok: true });
    expect(read.waits).toEqual([250, 500]);

    const write = setup([{ status: 500, body: { errorMessages: ['boom'] } }]);
    await expect(write.request(ok, route`/rest/api/3/issue`, { method: 'POST', body: '{}' })).rejects.toMatchObject({ code: 'JIRA_UNAVAILABLE' });
    expect(write.calls).toHaveLength(1);
  });

  it('gives up after the attempt bound with a message that says to try again', async () => {
    const { request, calls } = setup(Array.from({ length: 10 }, () => ({ status: 429, headers: { 'Retry-After': '1' } })));
    const error: unknown = await request(ok, route`/rest/api/3/myself`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'RATE_LIMITED' });
    expect((error as AppError).message).toMatch(/try again in \d+ s/);
    expect(calls).toHaveLength(5);
  });

  it('does not wait past its budget when Retry-After is long', async () => {
    const { request, calls } = setup([{ status: 429, headers: { 'Retry-After': '120' } }]);
    const error: unknown = await request(ok, route`/rest/api/3/myself`).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'RATE_LIMITED' });
    expect(error instanceof AppError ? error.message : '').toContain('in 121 s');
    expect(calls).toHaveLength(1);
  });

  it("turns Jira's error body into a message naming status, route and Jira's words", async () => {
    const { request } = setup([{ status: 400, body: { errorMessages: ["The value 'NOPE' does not exist for the field 'project'."], errors: {} } }]);
    await expect(request(ok, route`/rest/api/3/search/jql`, { method: 'POST', body: '{}', idempotent: true })).rejects.toMatchObject({
      code: 'JIRA_ERROR',
      message: "Jira answered 400 to POST /rest/api/3/search/jql: The value 'NOPE' does not exist for the field 'project'.",
    });
  });

  it('maps 401/403 to FORBIDDEN and 404 to NOT_FOUND', async () => {
    await expect(setup([{ status: 403 }]).request(ok, route`/rest/api/3/myself`)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(setup([{ status: 404 }]).request(ok, route`/rest/api/3/issue/X-1`)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reports an answer of the wrong shape instead of passing it on', async () => {
    const { request } = setup([{ status: 200, body: { ok: 'yes' } }]);
    const error: unknown = await request(ok, route`/rest/api/3/myself`).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'JIRA_ERROR' });
    expect(error instanceof AppError ? error.message : '').toContain('unexpected shape');
  });
});
