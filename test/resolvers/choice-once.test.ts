/**
 * Issue #11: one answer asks Jira each question about the viewer's access once. `schedule/summary` of a large
 * stored scope chooses the stored schedule for the viewer twice (for the schedule, then for the forecast's
 * criticality: viewer-schedule-choice.ts), and both choices count the outside projects the scope's issues link
 * to, as the viewer and as the app; the scope's own count and project read are asked by both steps too. Within
 * one invocation each is asked once (invocation-memo.ts); the next invocation asks again, since a viewer's access
 * may change between calls. PAY on the demo site, threshold 100: Aiko may browse neither PLAT nor SEC, which
 * PAY's issues link to.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { askAndDrain } from './ask-and-drain';
import type { IssueScheduleResult, ScheduleResult, ScheduleSummaryResult, SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { lastStartedInvocation, traceCalls } from '../sandbox/forge/invocation-context';
import { demoApp } from './demo-app';

const demo = demoApp();
const { call } = demo;
let runtime: ForgeRuntime;

/** The Jira requests of one invocation of PAY's `functionKey`, each as "principal METHOD path [JQL]". */
async function requestsOf<T>(functionKey: string, who: string, payload: object = { projectKey: 'PAY' }): Promise<{ answer: T; requests: string[] }> {
  traceCalls(true);
  try {
    const answer = await call<T>(functionKey, payload, who);
    const requests = (lastStartedInvocation()?.calls ?? []).filter((c) => c.kind === 'product').map((c) => c.what);
    return { answer, requests };
  } finally {
    traceCalls(false);
  }
}
const summaryRequests = (who: string) => requestsOf<ScheduleSummaryResult>('schedule/summary', who);

const repeated = (requests: readonly string[]): string[] => requests.filter((r, i) => requests.indexOf(r) !== i);
const counts = (requests: readonly string[], project: string) => requests.filter((r) => r.includes('/search/approximate-count') && r.includes(`project = "${project}"`));

beforeAll(async () => {
  let app: typeof import('../../src/index');
  ({ runtime, app } = await demo.start());
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
  await call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' }, 'Priya');
  await call('schedule/get', { projectKey: 'PAY' }, 'Priya');
  await runtime.queue.drain();
  // Aiko's variant without PLAT and SEC, Priya's without SEC, then their forecasts.
  await askAndDrain(call, runtime, 'PAY', ['Aiko', 'Priya']);
  for (const who of ['Aiko', 'Priya']) await call('schedule/summary', { projectKey: 'PAY' }, who);
  await runtime.queue.drain();
}, 120_000);

afterAll(() => runtime.uninstall());

describe('the viewer\'s schedule choice, once per invocation', () => {
  it('asks each count and project read once in one summary, the outside projects\' counts included', async () => {
    const { answer, requests } = await summaryRequests('Aiko');
    expect(answer.background).toMatchObject({ state: 'ready' });
    expect(answer.forecast).toMatchObject({ state: 'ready' });
    expect(requests.length).toBeGreaterThan(0);
    expect(repeated(requests)).toEqual([]);
    // PLAT and SEC, hidden from Aiko: her count and the app's, once each.
    for (const project of ['PLAT', 'SEC']) expect(counts(requests, project).sort()).toEqual([`app  POST /rest/api/3/search/approximate-count [project = "${project}"]`, `user POST /rest/api/3/search/approximate-count [project = "${project}"]`]);
    expect(requests.filter((r) => r === 'user GET /rest/api/3/project/PAY')).toHaveLength(1);
  });

  it('asks again in the next invocation: nothing is kept across calls', async () => {
    const first = await summaryRequests('Aiko');
    const second = await summaryRequests('Aiko');
    expect(second.requests.sort()).toEqual(first.requests.sort());
    expect(counts(second.requests, 'PLAT')).toHaveLength(2);
  });

  it('asks again for another viewer, who may see more', async () => {
    const aiko = await summaryRequests('Aiko');
    const priya = await summaryRequests('Priya');
    // Priya may browse PLAT: the same questions, asked again as her, with her own answer.
    expect(counts(priya.requests, 'PLAT')).toHaveLength(2);
    expect(repeated(priya.requests)).toEqual([]);
    expect(priya.answer.forecast).toMatchObject({ state: 'ready' });
    expect(priya.answer.groups.length).toBeGreaterThanOrEqual(aiko.answer.groups.length);
  });

  it('reads no linked project the viewer has counted issues of: counting some, they may browse it', async () => {
    const { answer, requests } = await requestsOf<ScheduleResult>('schedule/get', 'Priya');
    expect(answer.background).toMatchObject({ state: 'ready' });
    expect(answer.nodes.some((n) => n.key.startsWith('PLAT-'))).toBe(true);
    expect(counts(requests, 'PLAT')).toHaveLength(2);
    expect(requests).not.toContain('user GET /rest/api/3/project/PLAT');
    expect(repeated(requests)).toEqual([]);
    // The Overview's links out, the same way (SEC, counted none of, is still asked about).
    const overview = await requestsOf('overview/get', 'Priya');
    expect(overview.requests).not.toContain('user GET /rest/api/3/project/PLAT');
    expect(overview.requests).toContain('user GET /rest/api/3/project/SEC');
    expect(repeated(overview.requests)).toEqual([]);
    // Aiko counts none of PLAT: she is answered from the variant without its work, which asks about none of it.
    const aiko = await requestsOf<ScheduleResult>('schedule/get', 'Aiko');
    expect(aiko.answer.nodes.some((n) => n.key.startsWith('PLAT-'))).toBe(false);
    expect(repeated(aiko.requests)).toEqual([]);
  });

  it('counts the issue panel\'s scope once, for its size and for the choice, with no listing of its keys', async () => {
    const { answer, requests } = await requestsOf<IssueScheduleResult>('schedule/issue', 'Priya', { issueKey: 'PAY-12' });
    expect(answer.schedule).not.toBeNull();
    expect(requests.filter((r) => r === 'user POST /rest/api/3/search/approximate-count [project = "PAY"]')).toHaveLength(1);
    expect(requests).not.toContain('user POST /rest/api/3/search/jql [project = "PAY"]');
    expect(repeated(requests)).toEqual([]);
  });
});
