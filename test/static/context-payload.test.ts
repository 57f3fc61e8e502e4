/**
 * Issue #12, item 2, the UI's side: a resolver call sends only what the user chose on the page; what Forge's
 * context gives the back end (the page's project, the panel's issue, the macro's saved config) is left out.
 */
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { OverviewResult } from '@contract';

type CallResolverModule = typeof import('../../static/src/api/call-resolver');
let callResolver: CallResolverModule['callResolver'];

const sent: unknown[] = [];
let extension: Record<string, unknown> = {};
const overview: OverviewResult = {
  project: { key: 'PAY', name: 'Payments' },
  scopeJql: 'project = "PAY"',
  asOf: '2026-11-16',
  issueCount: 0,
  byType: [],
  linksByType: [],
  findings: [],
  hiddenLinksChecked: true,
};

beforeAll(async () => {
  // @forge/bridge looks the bridge up when it is imported, as in a Custom UI iframe: this one plays the host.
  const callBridge = (op: string, payload: unknown): Promise<unknown> => {
    if (op === 'getContext') return Promise.resolve({ accountId: 'a-1', moduleKey: 'keel-module', extension });
    sent.push(payload);
    return Promise.resolve({ ok: true, data: overview });
  };
  Object.assign(globalThis, { __bridge: { callBridge } });
  ({ callResolver } = await import('../../static/src/api/call-resolver'));
});

async function payloadSent(extensionNow: Record<string, unknown>, payload: Record<string, unknown>): Promise<unknown> {
  extension = extensionNow;
  sent.length = 0;
  // Any key: the bridge above answers every call alike; the payload sent is what is checked.
  await callResolver('overview/get', payload as { projectKey: string });
  return sent[0];
}

const project = { id: '10001', key: 'PAY', type: 'software' };

describe('what a resolver call sends (issue #12, item 2)', () => {
  it("leaves out the project page's project, and the issue panel's issue and project", async () => {
    expect(await payloadSent({ type: 'jira:projectPage', project }, { projectKey: 'PAY' })).toEqual({ functionKey: 'overview/get', payload: {} });
    const panel = { type: 'jira:issuePanel', issue: { id: '1', key: 'PAY-7', type: 'Story', typeId: '3' }, project };
    expect(await payloadSent(panel, { issueKey: 'PAY-7', projectKey: 'PAY', name: 'kept' })).toEqual({ functionKey: 'overview/get', payload: { name: 'kept' } });
  });

  it("leaves out the macro's saved config, and keeps what the context does not give", async () => {
    expect(await payloadSent({ type: 'macro', config: { projectKey: 'WEB' } }, { projectKey: 'WEB' })).toEqual({ functionKey: 'overview/get', payload: {} });
    expect(await payloadSent({ type: 'jira:adminPage' }, { projectKey: 'WEB' })).toEqual({ functionKey: 'overview/get', payload: { projectKey: 'WEB' } });
    // A value other than the context's is sent as it is, for the back end to refuse.
    expect(await payloadSent({ type: 'jira:projectPage', project }, { projectKey: 'WEB' })).toEqual({ functionKey: 'overview/get', payload: { projectKey: 'WEB' } });
  });
});
