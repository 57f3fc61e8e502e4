/**
 * Issue #11: the issue panel of a summary task (an epic, a parent) of a large project reads the per-issue index
 * (the summary's bucket and its issues' buckets), no node, link or issue chunk of the stored schedule, on an
 * instance with nothing kept warm; it answers exactly what the whole stored schedule gives (the index taken out of
 * the manifests), for Priya and for Aiko (outside PAY's "Staff only" level: the schedule without levels, which
 * hides issues from her); and an index stored before it held summary tasks (no `format`) still answers, from the
 * whole read. PAY on the demo site, threshold 100.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { askAndDrain } from './ask-and-drain';
import type { IssueScheduleResult, SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { demoApp } from './demo-app';
import { summaryPanels } from './summary-panels';

const demo = demoApp();
const { site, call } = demo;
let runtime: ForgeRuntime;
let panels: ReturnType<typeof summaryPanels>;
const secured = new Set(site.state.issues.filter((i) => i.fields.security).map((i) => i.key));
/** PAY's parents under no level, every one a summary task of the stored schedule. */
const parents = [
  ...new Set(
    site.state.issues.flatMap((i) => {
      const parent = (i.fields['parent'] as { key?: string } | null | undefined)?.key;
      return parent?.startsWith('PAY-') === true && !secured.has(parent) ? [parent] : [];
    }),
  ),
];

beforeAll(async () => {
  let app: typeof import('../../src/index');
  ({ runtime, app } = await demo.start());
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
  await call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' }, 'Priya');
  await call('schedule/get', { projectKey: 'PAY' }, 'Priya');
  await runtime.queue.drain();
  await askAndDrain(call, runtime, 'PAY', ['Priya', 'Aiko']);
  panels = summaryPanels(runtime, (issueKey, who) => call<IssueScheduleResult>('schedule/issue', { issueKey }, who));
}, 120_000);

afterAll(() => runtime.uninstall());

describe('the issue panel of a summary task, from the per-issue index', () => {
  it.each(['Priya', 'Aiko'])('answers %s from a few buckets what the whole stored schedule gives', async (who) => {
    expect(parents.length).toBeGreaterThanOrEqual(2);
    const lists = panels.listChunkKeys();
    expect(lists.size).toBeGreaterThan(0);
    const indexed = await panels.cold(parents, who);
    const summaries = [...indexed.answers.values()].filter((a) => (a as IssueScheduleResult).summaryTask);
    expect(summaries.length, 'panels of summary tasks').toBeGreaterThanOrEqual(2);
    for (const key of parents) {
      expect(indexed.answers.get(key), `${who} ${key}`).toMatchObject({ background: { state: 'ready' } });
      expect((indexed.read.get(key) ?? []).filter((k) => lists.has(k)), `${who} ${key}: no node, link or issue chunk`).toEqual([]);
      expect(indexed.calls.get(key), `${who} ${key}: storage calls`).toBeLessThanOrEqual(12);
    }
    const whole = await panels.withIndex(() => undefined, parents, who);
    for (const key of parents) expect((whole.read.get(key) ?? []).some((k) => lists.has(k)), `${who} ${key}: the whole schedule is read`).toBe(true);
    expect(indexed.answers).toEqual(whole.answers);
    if (who === 'Aiko') {
      // Her schedule leaves out the issues under the level: some panel says it hides issues or links.
      const hides = (a: IssueScheduleResult) => (a.background?.state === 'ready' && (a.background.hiddenIssues ?? 0) > 0) || (a.summaryTask?.hiddenLinks ?? 0) > 0;
      expect([...indexed.answers.values()].some((a) => hides(a as IssueScheduleResult)), 'a panel that hides something from Aiko').toBe(true);
    }
  }, 120_000);

  it('answers from the whole read when the index was stored before it held summary tasks', async () => {
    const lists = panels.listChunkKeys();
    const indexed = await panels.cold(parents, 'Priya');
    const old = await panels.withIndex(({ format: _format, ...index }) => index, parents, 'Priya');
    for (const key of parents) expect((old.read.get(key) ?? []).some((k) => lists.has(k)), `${key}: the whole schedule is read`).toBe(true);
    expect(old.answers).toEqual(indexed.answers);
  }, 120_000);
});
