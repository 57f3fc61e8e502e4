/**
 * Issue 12, robustness "the sandbox refuses cross-origin calls": `/__sandbox/invoke` acts as whoever its body
 * names, so a foreign page must not reach it, not even with a simple (text/plain, no preflight) POST.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { demoSnapshot } from './demo/demo-snapshot';
import { startSandbox, type Sandbox } from './server';

const snapshot = demoSnapshot();
const priya = snapshot.users.find((u) => u.displayName === 'Priya Natarajan')?.accountId ?? '';
let sandbox: Sandbox;

const body = JSON.stringify({ functionKey: 'overview/get', payload: { projectKey: 'PAY' }, context: { accountId: priya, moduleKey: 'keel-project-page', extension: { type: 'jira:projectPage', project: { key: 'PAY' } } } });
const invoke = (headers: Record<string, string>) => fetch(`${sandbox.url}/__sandbox/invoke`, { method: 'POST', headers, body });

beforeAll(async () => {
  sandbox = await startSandbox({ snapshot, port: 0 });
});

afterAll(async () => {
  await sandbox.close();
});

describe('issue 12, robustness: the sandbox refuses cross-origin calls to its invoke endpoint', () => {
  it.each([
    ['a text/plain simple request', { 'content-type': 'text/plain' }, /application\/json only/],
    ['a cross-site page (Fetch Metadata)', { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }, /Sec-Fetch-Site: cross-site/],
    ['another origin', { 'content-type': 'application/json', origin: 'https://evil.example' }, /Origin: https:\/\/evil.example/],
  ])('refuses %s with 403, running nothing', async (_, headers, message) => {
    const response = await invoke(headers);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  });

  it("answers the host page's own calls (same origin, JSON) and tools without a browser's headers", async () => {
    const origin = new URL(sandbox.url).origin;
    expect((await invoke({ 'content-type': 'application/json', origin, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await invoke({ 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
  });
});
