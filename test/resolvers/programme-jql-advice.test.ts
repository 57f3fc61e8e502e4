/**
 * Issue #11, bad input: a programme scope written as `project in (PAY, PLAT)` names a project Aiko may not browse,
 * so Jira refuses her own searches of it ("The value 'PLAT' does not exist for the field 'project'"). She is told
 * what that means and what to do, in words that say no more of PLAT than Jira's own message did; Priya, who sees
 * PLAT, gets the programme.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ScheduleResult, SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { askAndDrain } from './ask-and-drain';
import { demoApp } from './demo-app';

const demo = demoApp();
const { call } = demo;
let runtime: ForgeRuntime;
const schedule = (who: string) => call<ScheduleResult>('schedule/get', { projectKey: 'PAY' }, who);

beforeAll(async () => {
  let app: typeof import('../../src/index');
  ({ runtime, app } = await demo.start());
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
  await call('settings/save', { settings: { ...settings, scope: { jql: 'project in (PAY, PLAT)' }, schedule: { ...settings.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' }, 'Priya');
  await schedule('Priya');
  await runtime.queue.drain();
  // Nobody may browse SEC, which PAY links to: Priya is answered from a variant without it (outside-variants.test.ts).
  await askAndDrain(call, runtime, 'PAY', ['Priya']);
}, 120_000);

afterAll(() => runtime.uninstall());

describe('a programme scope JQL that names a project the viewer cannot browse', () => {
  it('gives Priya the programme', async () => {
    expect((await schedule('Priya')).background).toMatchObject({ state: 'ready' });
  });

  it("tells Aiko, on every answer that runs the scope as her, what is wrong and what to do, not Jira's 400 alone", async () => {
    const answers: [string, unknown][] = [
      ['overview/get', { projectKey: 'PAY' }],
      ['risks/get', { projectKey: 'PAY' }],
      ['evm/get', { projectKey: 'PAY' }],
      ['raci/get', { projectKey: 'PAY' }],
      ['forecast/get', { projectKey: 'PAY' }],
      ['status/get', { projectKey: 'PAY' }],
      ['resources/get', { projectKey: 'PAY' }],
      ['schedule/issue', { issueKey: 'PAY-3' }],
      ['risks/issue', { issueKey: 'PAY-3' }],
      ['baselines/compare', { projectKey: 'PAY', from: 'current', to: 'current' }],
    ];
    for (const [key, payload] of answers) {
      const refused = await call(key, payload, 'Aiko').then(
        () => `${key} answered`,
        (error: unknown) => `${key}: ${String(error)}`,
      );
      expect(refused).toMatch(/^[a-z/]+: Error: JIRA_ERROR: The scope names a project \("PLAT"\) that does not exist or that you may not browse/);
      expect(refused).toMatch(/so it cannot show you any figure of it\. Ask a Jira admin for access to that project, or to change the JQL/);
      expect(refused).not.toMatch(/Jira answered 400/);
    }
  });

});
