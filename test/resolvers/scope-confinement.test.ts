/**
 * A project's own settings cannot widen what the app reads (issue #11): the consumer reads as the app, so a PAY
 * admin's scope `project = PAY OR summary ~ "word"` would otherwise count SEC issues he may not browse into
 * `background.issueCount` and `hiddenIssues`, telling him how many of them contain any word he picks. Run
 * against the demo site with the real consumer, as the counting probe of the issue describes.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { askAndDrain } from './ask-and-drain';
import type { ProjectSettingsSaveResult, ScheduleResult, SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { demoApp } from './demo-app';

const demo = demoApp();
const { snapshot, call } = demo;
let runtime: ForgeRuntime;

const background = async (who: string) => (await call<ScheduleResult>('schedule/get', { projectKey: 'PAY' }, who)).background;

/** Marcus (PAY's admin, who may not browse SEC) sets PAY's own scope; the analysis is then computed afresh. */
async function probe(jql: string): Promise<ScheduleResult['background']> {
  const saved = await call<ProjectSettingsSaveResult>('project-settings/save', { projectKey: 'PAY', overrides: { scope: { jql } } }, 'Marcus');
  expect(saved.problems.filter((p) => p.severity === 'error')).toEqual([]);
  runtime.kvs.delete('kvs', 'schedule-analysis:PAY:manifest');
  await background('Marcus');
  await runtime.queue.drain();
  // Marcus may not browse SEC: his schedule is computed without its linked work once he asks (issue #11).
  await askAndDrain(call, runtime, 'PAY', ['Marcus']);
  return background('Marcus');
}

const summaries = (projectKey: string) => snapshot.issues.filter((i) => i.fields.project.key === projectKey).map((i) => String(i.fields['summary']).toLowerCase());

beforeAll(async () => {
  let app: typeof import('../../src/index');
  ({ runtime, app } = await demo.start());
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
  await call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' }, 'Priya');
});
afterAll(() => runtime.uninstall());

describe("a project's own scope JQL", () => {
  it('gives the same counts for a word only SEC issues contain as for a word nobody uses', async () => {
    // The probe is meaningful: the word is in SEC summaries and in no PAY summary.
    expect(summaries('SEC').some((s) => s.includes('qsa'))).toBe(true);
    expect(summaries('PAY').some((s) => s.includes('qsa'))).toBe(false);
    const secWord = await probe('project = PAY OR summary ~ "QSA"');
    const noWord = await probe('project = PAY OR summary ~ "zyzzyva"');
    expect(secWord).toMatchObject({ state: 'ready' });
    expect(secWord?.state === 'ready' && secWord.issueCount).toBe(noWord?.state === 'ready' && noWord.issueCount);
    expect(secWord?.state === 'ready' && secWord.hiddenIssues).toBe(noWord?.state === 'ready' && noWord.hiddenIssues);
    expect(runtime.kvs.get('kvs', 'schedule-analysis:PAY:manifest')?.value).toMatchObject({ scopeJql: 'project = "PAY" AND (project = PAY OR summary ~ "zyzzyva")' });
  });

  it('refuses at save a scope that would break out of its parentheses, and one with an ORDER BY, next to the field', async () => {
    const escape = await call<ProjectSettingsSaveResult>('project-settings/save', { projectKey: 'PAY', overrides: { scope: { jql: 'labels = x) OR (project = SEC' } } }, 'Marcus');
    expect(escape.saved).toBe(false);
    expect(escape.problems.find((p) => p.path === 'scope.jql')?.message).toMatch(/closes a parenthesis the query never opened/);
    const ordered = await call<ProjectSettingsSaveResult>('project-settings/save', { projectKey: 'PAY', overrides: { scope: { jql: 'project = "{project}" ORDER BY Rank' } } }, 'Marcus');
    expect(ordered.saved).toBe(false);
    expect(ordered.problems.find((p) => p.path === 'scope.jql')?.message).toMatch(/^Remove "ORDER BY Rank"/);
  });

  it('refuses to run a stored scope that would break out of its parentheses, with what to do', async () => {
    const key = 'settings:project:PAY';
    const stored = runtime.kvs.get('kvs', key)?.value as { overrides: Record<string, unknown> };
    runtime.kvs.set('kvs', key, { ...stored, overrides: { ...stored.overrides, scope: { jql: 'labels = x) OR (project = SEC' } } });
    await expect(call('schedule/get', { projectKey: 'PAY' }, 'Marcus')).rejects.toThrow(/^INVALID_SETTINGS: .*closes a parenthesis.*Fix PAY's scope on its Keel settings page/);
  });
});

describe('the global scope JQL', () => {
  it('refuses an ORDER BY at save, with the reason next to the field', async () => {
    const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
    const result = await call<{ saved: boolean; problems: { path: string; message: string }[] }>('settings/save', { settings: { ...settings, scope: { jql: 'project = "{project}" ORDER BY Rank' } }, projectKey: 'PAY' }, 'Priya');
    expect(result.saved).toBe(false);
    expect(result.problems.find((p) => p.path === 'scope.jql')?.message).toMatch(/^Remove "ORDER BY Rank": Keel adds its own conditions/);
  });
});
