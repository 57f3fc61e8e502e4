/** callResolver: unwraps `{ ok: true, data }`, and turns everything else into a ResolverError with a code. */
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { OverviewResult } from '@contract';

type CallResolverModule = typeof import('../../static/src/api/call-resolver');
type ResolverErrorModule = typeof import('../../static/src/api/resolver-error');
let callResolver: CallResolverModule['callResolver'];
let ResolverError: ResolverErrorModule['ResolverError'];

beforeAll(async () => {
  // @forge/bridge looks the bridge up when it is imported, as in a Custom UI iframe.
  Object.assign(globalThis, { __bridge: { callBridge: () => Promise.reject(new Error('not in these tests')) } });
  ({ callResolver } = await import('../../static/src/api/call-resolver'));
  ({ ResolverError } = await import('../../static/src/api/resolver-error'));
});

const overview: OverviewResult = {
  project: { key: 'PAY', name: 'Payments' },
  scopeJql: 'project = "PAY"',
  asOf: '2026-11-16',
  issueCount: 1,
  byType: [{ type: 'Story', total: 1, byStatusCategory: { todo: 1, inProgress: 0, done: 0 }, byStatus: [{ name: 'To Do', count: 1 }] }],
  linksByType: [{ name: 'Blocks', mappedAs: null, count: 0 }],
  findings: [],
  hiddenLinksChecked: true,
};

describe('callResolver', () => {
  it('answers the data of { ok: true } and sends the key and payload', async () => {
    const calls: unknown[] = [];
    const data = await callResolver('overview/get', { projectKey: 'PAY' }, (key, payload) => {
      calls.push([key, payload]);
      return Promise.resolve({ ok: true, data: overview });
    });
    expect(data).toEqual(overview);
    expect(calls).toEqual([['overview/get', { projectKey: 'PAY' }]]);
  });

  it('throws the resolver\'s code and message for { ok: false }', async () => {
    const failing = () => Promise.resolve({ ok: false, error: { code: 'FORBIDDEN', message: 'You may not browse PAY.' } });
    await expect(callResolver('overview/get', { projectKey: 'PAY' }, failing)).rejects.toMatchObject({
      name: 'ResolverError',
      code: 'FORBIDDEN',
      message: 'You may not browse PAY.',
    });
  });

  it.each([
    ['an answer that is no envelope', { data: overview }],
    ['data of the wrong shape', { ok: true, data: { ...overview, issueCount: 'many' } }],
    ['an unknown error code', { ok: false, error: { code: 'TEAPOT', message: 'x' } }],
  ])('throws INTERNAL for %s', async (_label, answer) => {
    const error: unknown = await callResolver('overview/get', { projectKey: 'PAY' }, () => Promise.resolve(answer)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResolverError);
    expect(error).toMatchObject({ code: 'INTERNAL' });
  });

  it('throws INTERNAL, keeping the reason, when invoke itself fails', async () => {
    const down = () => Promise.reject(new Error('There was an error invoking the function - boom'));
    await expect(callResolver('overview/get', { projectKey: 'PAY' }, down)).rejects.toMatchObject({
      code: 'INTERNAL',
      message: "Keel's back end could not be reached: There was an error invoking the function - boom",
    });
  });
});
