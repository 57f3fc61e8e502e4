/**
 * The Keel issue panel of a large project in Chromium against the sandbox: PAY (148 issues) above a threshold
 * of 100, as Aiko (who may not browse PLAT) on a PAY issue that Platform work blocks (PAY-13, a story with
 * sub-tasks: a summary task). The panel says the schedule is being computed, asks again by itself, and once the
 * queue's consumer has run shows the summary task's place from the stored analysis with when it was computed, that
 * one nearby issue and one link she cannot see are left out, never naming a Platform issue. Keys come from the demo data.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { FrameLocator, Page } from 'playwright-core';
import { z } from 'zod';
import type { ResolverResult, SettingsView } from '@contract';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { startHarness, type Harness } from './browser-harness';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const PRIYA = DEMO_USERS.priya;
const AIKO = DEMO_USERS.aiko;

const linkEnd = z.looseObject({ key: z.string() });
const issueLink = z.looseObject({ type: z.looseObject({ name: z.string() }), inwardIssue: linkEnd.optional() });
/** The first PAY issue a Platform issue blocks (its Blocks link's inward end is in PLAT). */
const blockedByPlatform =
  snapshot.issues.find(
    (i) => i.fields.project.key === 'PAY' && z.array(issueLink).parse(i.fields.issuelinks ?? []).some((l) => l.type.name === 'Blocks' && l.inwardIssue?.key.startsWith('PLAT-') === true),
  )?.key ?? '';

let harness: Harness;

/** A resolver's data, called as Priya in the sandbox's runtime. */
async function invoke<T>(functionKey: string, payload: unknown): Promise<T> {
  const { resolver } = await import('../../src/index');
  const answer = (await harness.sandbox.runtime.invokeResolver(resolver, { functionKey, payload, accountId: PRIYA.accountId })) as ResolverResult<T>;
  if (!answer.ok) throw new Error(`${functionKey} failed: ${answer.error.message}`);
  return answer.data;
}

beforeAll(async () => {
  harness = await startHarness(snapshot);
  // The server imported the app already; this is the same module instance.
  const app = await import('../../src/index');
  harness.sandbox.runtime.queue.register('keel-analysis', app.analysisConsumer);
  const { settings } = await invoke<SettingsView>('settings/get', {});
  await invoke('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' });
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

const panel = (page: Page): FrameLocator => page.frameLocator('iframe.module-frame');

describe('the issue panel of a large project', () => {
  it('says the schedule is being computed, then shows the issue from the stored analysis with when it was computed, hiding Platform work from Aiko', async () => {
    expect(blockedByPlatform).toMatch(/^PAY-\d+$/);
    const page = await harness.open({ user: AIKO.emailAddress, project: 'PAY', issue: blockedByPlatform, module: 'keel-issue-panel' });
    const frame = panel(page);
    const computing = frame.getByTestId('issue-schedule-computing');
    await computing.waitFor({ timeout: 25_000 });
    expect(await computing.innerText()).toContain('The schedule is being computed');
    // PAY's 148 issues less the 8 under "Staff only", an issue security level Aiko is not in.
    expect(await computing.innerText()).toMatch(/140 issues\) in the background/);
    await harness.screenshot(page, 'issue-panel-being-computed');

    // The refresh, then the forecast it queues once the analysis is stored.
    expect(await harness.sandbox.runtime.queue.drain()).toBe(2);
    // Aiko may not browse PLAT nor SEC, whose work PAY links to: the panel's next poll asks for her schedule without
    // it (issue #11), then her variant and its forecast are computed.
    const { queue } = harness.sandbox.runtime;
    for (let waited = 0; queue.pending('keel-analysis').length === 0 && waited < 25_000; waited += 250) await new Promise((r) => setTimeout(r, 250));
    expect(await queue.drain()).toBe(2);
    // No reload: the panel asks again after a few seconds.
    const note = frame.getByTestId('issue-schedule-computed-at');
    await note.waitFor({ timeout: 25_000 });
    // Her schedule was computed without PLAT's work (issue #11): no nearby issue of it is there to leave out.
    expect(await note.innerText()).toMatch(/^Computed in the background at .+ from 140 issues\.$/);
    // PAY-13 has sub-tasks: a summary task, whose place is its rolled-up dates, its activities and the work linked to them.
    await frame.getByTestId('summary-task').waitFor({ timeout: 25_000 });
    expect(await frame.getByTestId('summary-task').innerText()).toContain(`${blockedByPlatform} is a parent`);
    const children = snapshot.issues.filter((i) => (i.fields.parent as { key?: string } | null | undefined)?.key === blockedByPlatform).map((i) => i.key);
    expect(children.length).toBeGreaterThan(0);
    const listed = await frame.getByTestId('summary-activities').locator('li[data-key]').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-key') ?? '').sort());
    expect(listed).toEqual(children.sort());
    expect(await frame.getByTestId('predecessors').locator('.keel-count').innerText()).not.toBe('0');
    expect(await computing.count()).toBe(0);
    const hidden = frame.getByTestId('hidden-links-note');
    expect(await hidden.innerText()).toContain('1 link to issues you cannot see');
    // Her schedule was computed without that work (issue #11): its dates do not allow for it.
    expect(await hidden.innerText()).toContain('may look better than they are');
    // The whole panel, once its risks and decisions have loaded too.
    await frame.getByRole('heading', { name: /^Decisions/ }).waitFor({ timeout: 25_000 });
    await frame.getByText('Schedule risks from the plan').waitFor({ timeout: 25_000 });
    expect(await frame.getByTestId('keel-issue-panel').innerText()).not.toMatch(/PLAT-\d+/);
    await harness.screenshot(page, 'issue-panel-computed-at');
    expect(harness.consoleErrors).toEqual([]);
  }, 120_000);
});
