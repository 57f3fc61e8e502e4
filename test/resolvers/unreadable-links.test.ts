/**
 * Jira's deleted issues never wedge a refresh nor hide keys a viewer may see (issue #11): a PLAT issue that PAY
 * work links to is deleted after PAY's analysis was stored. Jira removes the link from the PAY issue without
 * changing its `updated` time, so the stored PAY issue still names the deleted key, and Jira refuses a whole
 * `key in (...)` query that names it.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { askAndDrain } from './ask-and-drain';
import type { ScheduleResult, SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { demoApp } from './demo-app';

const demo = demoApp();
const { site, call, account } = demo;
let runtime: ForgeRuntime;

const schedule = () => call<ScheduleResult>('schedule/get', { projectKey: 'PAY' }, 'Priya');
const platNodes = (r: ScheduleResult) => r.nodes.filter((n) => n.external && n.projectKey === 'PLAT').map((n) => n.key).sort();
let stored: ScheduleResult;
let deleted = '';

beforeAll(async () => {
  let app: typeof import('../../src/index');
  ({ runtime, app } = await demo.start());
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
  await call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' }, 'Priya');
  await schedule();
  await runtime.queue.drain();
  // Priya may not browse SEC, whose work PAY links to: her schedule is computed without it once she asks (issue #11).
  await askAndDrain(call, runtime, 'PAY', ['Priya']);
  stored = await schedule();
  expect(stored.background).toMatchObject({ state: 'ready' });
  deleted = platNodes(stored)[0] ?? '';
  const answer = await site.handle({ product: 'jira', method: 'DELETE', path: `/rest/api/3/issue/${deleted}`, headers: {}, principal: { type: 'user', accountId: account('Priya') } });
  expect(answer.status).toBe(204);
});
afterAll(() => runtime.uninstall());

describe('a linked issue deleted after the analysis was stored', () => {
  it('hides only the deleted key from a viewer, not the other linked issues asked about with it', async () => {
    expect(platNodes(stored).length).toBeGreaterThan(1);
    const view = await schedule();
    expect(platNodes(view)).toEqual(platNodes(stored).filter((k) => k !== deleted));
  });

  it('drops out of the next refresh with a finding, instead of failing every refresh', async () => {
    const key = 'schedule-analysis:PAY:status';
    runtime.kvs.set('kvs', key, { ...(runtime.kvs.get('kvs', key)?.value as object), stale: true, queued: false });
    expect((await schedule()).background).toMatchObject({ refreshing: true });
    await runtime.queue.drain();
    const fresh = await schedule();
    expect(fresh.background).toMatchObject({ state: 'ready', refreshing: false });
    expect(fresh.nodes.some((n) => n.key === deleted)).toBe(false);
    const finding = fresh.findings.find((f) => f.title === 'Links to issues Jira no longer finds');
    expect(finding?.issueKeys.length).toBeGreaterThan(0);
    expect(JSON.stringify(finding)).not.toContain(deleted);
    expect(platNodes(fresh)).toEqual(platNodes(stored).filter((k) => k !== deleted));
  });
});
