/**
 * Issue #11, at scale: on a generated site (1,200 issues in BIG, threshold 1,000) an epic's issue panel on a new
 * instance reads the per-issue index, no node, link or issue chunk of the stored schedule, and answers exactly what
 * the whole stored schedule gives: for Priya, who sees everything, and for Priya once an issue of another project
 * that blocks one of the epic's stories is gone from Jira (she may not browse it now: it and its link are hidden).
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { IssueScheduleResult, SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { largeApp } from './large-app';
import { summaryPanels } from './summary-panels';

const big = largeApp(1200, { forecastIterations: 200 });
let runtime: ForgeRuntime;
let panels: ReturnType<typeof summaryPanels>;
const issues = big.site.state.issues;
const parentOf = (i: (typeof issues)[number]) => (i.fields['parent'] as { key?: string } | null | undefined)?.key;
const epics = issues.filter((i) => i.key.startsWith('BIG-') && i.fields.issuetype.name === 'Epic').map((i) => i.key);
/** An issue outside BIG that blocks a story of an epic, and that epic. */
const blocker = (() => {
  for (const i of issues) {
    const epic = parentOf(i);
    if (epic === undefined || !epics.includes(epic)) continue;
    const links = i.fields['issuelinks'] ?? [];
    const outside = links.map((l) => (l['inwardIssue'] as { key?: string } | undefined)?.key).find((k) => k !== undefined && !k.startsWith('BIG-'));
    if (outside !== undefined) return { epic, outside };
  }
  throw new Error('no issue outside BIG blocks a story of an epic');
})();
const chosen = [...new Set([blocker.epic, ...epics.slice(0, 3)])];

beforeAll(async () => {
  ({ runtime } = await big.start());
  const { settings } = (await big.call<SettingsView>('settings/get', {})).data;
  await big.call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues: 1000 } }, projectKey: 'BIG' });
  await big.call('schedule/get', { projectKey: 'BIG' });
  await runtime.queue.drain();
  panels = summaryPanels(runtime, async (issueKey, who) => (await big.call<IssueScheduleResult>('schedule/issue', { issueKey }, who)).data);
}, 300_000);

afterAll(() => runtime.uninstall());

describe('an epic’s issue panel on a large site, from the per-issue index', () => {
  it('reads a few buckets and answers what the whole stored schedule gives', async () => {
    const lists = panels.listChunkKeys();
    expect(lists.size).toBeGreaterThan(0);
    const indexed = await panels.cold(chosen, 'Priya');
    for (const key of chosen) {
      const answer = indexed.answers.get(key) as IssueScheduleResult;
      expect(answer.summaryTask?.summary.key, key).toBe(key);
      expect(answer.summaryTask?.activities.length, `${key}: its activities`).toBeGreaterThan(5);
      expect((indexed.read.get(key) ?? []).filter((k) => lists.has(k)), `${key}: no node, link or issue chunk`).toEqual([]);
    }
    expect((indexed.answers.get(blocker.epic) as IssueScheduleResult).summaryTask?.predecessors.map((p) => p.node.key)).toContain(blocker.outside);
    const whole = await panels.withIndex(() => undefined, chosen, 'Priya');
    for (const key of chosen) expect((whole.read.get(key) ?? []).some((k) => lists.has(k)), `${key}: the whole schedule is read`).toBe(true);
    expect(indexed.answers).toEqual(whole.answers);
  }, 300_000);

  it('hides an outside issue the viewer may no longer browse, as the whole read does', async () => {
    // Gone from Jira since the analysis was stored: Priya may not browse it now.
    issues.splice(issues.findIndex((i) => i.key === blocker.outside), 1);
    const indexed = await panels.cold([blocker.epic], 'Priya');
    const answer = indexed.answers.get(blocker.epic) as IssueScheduleResult;
    expect(answer.background).toMatchObject({ state: 'ready', hiddenIssues: 1 });
    expect(answer.summaryTask?.hiddenLinks).toBeGreaterThanOrEqual(1);
    expect(answer.summaryTask?.predecessors.map((p) => p.node.key)).not.toContain(blocker.outside);
    expect(indexed.answers).toEqual((await panels.withIndex(() => undefined, [blocker.epic], 'Priya')).answers);
  }, 300_000);
});
