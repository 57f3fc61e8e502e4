/**
 * Issue #11: a large project's stored schedule for viewers who may not browse some projects its issues link to.
 * On the demo, PAY links to SEC (browsable by nobody) and PLAT (not by Aiko), and the app reads both. Each
 * viewer's set of hidden outside projects gets a variant computed without that work (viewer-schedule-choice.ts,
 * compute-outside-variant.ts): once per set, at most 8 sets a generation, deleted with their generation. A
 * viewer who may browse every outside project gets the app's own schedule.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ScheduleResult, SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { demoApp } from './demo-app';

const demo = demoApp();
const { site, call } = demo;
let runtime: ForgeRuntime;
const schedule = (who: string) => call<ScheduleResult>('schedule/get', { projectKey: 'PAY' }, who);
const keys = (prefix: string) => runtime.kvs.entries('kvs').map(([k]) => k).filter((k) => k.startsWith(prefix));
const claims = () => keys('outside-variant:PAY:').filter((k) => !k.endsWith('#listed'));
const variantEvents = () => runtime.queue.pending('keel-analysis').filter((e) => JSON.stringify(e).includes('outsideVariant'));
const generation = () => (runtime.kvs.get('kvs', 'schedule-analysis:PAY:manifest')?.value as { generation: string }).generation;
const grant = (project: string, who: string) => ({ projectKey: project, permission: 'BROWSE_PROJECTS' as const, holder: { type: 'user' as const, accountId: demo.account(who) } });
async function saveSchedule(change: Record<string, unknown>): Promise<void> {
  const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
  await call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, ...change } }, projectKey: 'PAY' }, 'Priya');
}

beforeAll(async () => {
  let app: typeof import('../../src/index');
  ({ runtime, app } = await demo.start());
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  await saveSchedule({ backgroundAboveIssues: 100 });
  await schedule('Priya');
  await runtime.queue.drain();
}, 120_000);

afterAll(() => runtime.uninstall());

describe('variants of the stored schedule without outside projects', () => {
  it('gives a viewer who may browse every outside project the app\'s schedule, with no variant', async () => {
    const grants = [grant('SEC', 'Lena')];
    site.state.grants.push(...grants);
    const lena = await schedule('Lena');
    site.state.grants.splice(site.state.grants.indexOf(grants[0] as (typeof grants)[number]), 1);
    expect(lena.background).toMatchObject({ state: 'ready' });
    expect(lena.nodes.some((n) => n.key === 'PAY-88')).toBe(true);
    expect(lena.findings.some((f) => f.title === 'Linked work you may not see left out')).toBe(false);
    expect(claims()).toEqual([]);
    expect(variantEvents()).toEqual([]);
  });

  it('does not leave out a project the viewer may browse because an issue of it they cannot open is under a level', async () => {
    // A SEC issue PAY does not link to, under a level nobody is in (only the app sees it): Lena, who may browse SEC,
    // counts one SEC issue fewer than the app, yet every SEC issue PAY links to is hers to open.
    const linked = new Set(site.state.issues.filter((i) => i.key.startsWith('PAY-')).flatMap((i) => JSON.stringify(i.fields['issuelinks'] ?? []).match(/SEC-\d+/g) ?? []));
    const unlinked = site.state.issues.find((i) => i.key.startsWith('SEC-') && !linked.has(i.key) && JSON.stringify(i.fields['issuelinks'] ?? []).indexOf('PAY-') < 0);
    if (!unlinked) throw new Error('The demo has no SEC issue PAY does not link to');
    const fields = unlinked.fields;
    unlinked.fields = { ...fields, security: { id: '10999', name: 'Board only' } };
    const grants = [grant('SEC', 'Lena')];
    site.state.grants.push(...grants);
    try {
      const lena = await schedule('Lena');
      expect(lena.background).toMatchObject({ state: 'ready' });
      expect(lena.nodes.some((n) => n.key === 'PAY-88')).toBe(true);
      expect(lena.findings.some((f) => f.title === 'Linked work you may not see left out')).toBe(false);
      expect(claims()).toEqual([]);
      expect(variantEvents()).toEqual([]);
    } finally {
      site.state.grants.splice(site.state.grants.indexOf(grants[0] as (typeof grants)[number]), 1);
      unlinked.fields = fields;
    }
  });

  it('computes one variant for two viewers with the same hidden set, and answers "computing" until it is stored', async () => {
    const [priya, marcus] = [await schedule('Priya'), await schedule('Marcus')];
    expect(priya.background).toMatchObject({ state: 'computing' });
    expect(marcus.background).toMatchObject({ state: 'computing' });
    expect(claims()).toHaveLength(1);
    expect(variantEvents()).toHaveLength(1);
    // The variant, then its forecast.
    expect(await runtime.queue.drain()).toBe(2);
    const [after, marcusAfter] = [await schedule('Priya'), await schedule('Marcus')];
    expect(after.background).toMatchObject({ state: 'ready' });
    expect(marcusAfter.nodes.map((n) => [n.key, n.totalSlackDays])).toEqual(after.nodes.map((n) => [n.key, n.totalSlackDays]));
    expect(variantEvents()).toEqual([]);
    expect(keys('schedule-analysis:PAY#x').filter((k) => k.endsWith(':manifest'))).toHaveLength(1);
    // The writer recorded what it would write, and cleared the record once its manifest flipped (variant-writes.ts).
    expect(keys('variant-write:')).toEqual([]);
  });

  it('answers from the replaced generation\'s variant, marked refreshing, until the new one is stored', async () => {
    const before = generation();
    const [priya, marcus] = [await schedule('Priya'), await schedule('Marcus')];
    const dates = (r: ScheduleResult) => r.nodes.map((n) => [n.key, n.earlyStart, n.earlyFinish, n.totalSlackDays]);
    // Other settings: the analysis is read again; its variants' events wait on the queue behind it.
    await saveSchedule({ nearCriticalDays: 4 });
    await schedule('Priya');
    await runtime.queue.drain({}, (event) => 'outsideVariant' in event.body);
    expect(generation()).not.toBe(before);
    expect(variantEvents()).toHaveLength(1);
    // Not a blank "computing": the same dates as before, still without SEC's work, said to be refreshing.
    const [during, marcusDuring] = [await schedule('Priya'), await schedule('Marcus')];
    expect(during.background).toMatchObject({ state: 'ready', refreshing: true });
    expect(dates(during)).toEqual(dates(priya));
    expect(dates(marcusDuring)).toEqual(dates(marcus));
    expect(during.findings.some((f) => f.title === 'Linked work you may not see left out')).toBe(true);
    // Nor does the older variant queue another refresh of the analysis, or its variant twice.
    expect(runtime.queue.pending('keel-analysis')).toHaveLength(1);
    await runtime.queue.drain();
    const after = await schedule('Priya');
    expect(after.background).toMatchObject({ state: 'ready', refreshing: false });
    expect(dates(after)).toEqual(dates(priya));
    const manifests = keys('schedule-analysis:PAY#x').filter((k) => k.endsWith(':manifest'));
    expect(manifests.map((k) => (runtime.kvs.get('kvs', k)?.value as { generation: string }).generation)).toEqual([generation()]);
  });

  it('says why past 8 sets a generation, showing nothing of the app\'s schedule', async () => {
    // Eight other sets claimed earlier in this generation (as eight other groups of viewers would).
    const gen = generation();
    // Claimed before anyone's here (the sandbox's clock stands still, so an earlier time orders them first).
    const at = '2026-01-01T00:00:00.000Z';
    for (let i = 0; i < 8; i++) runtime.kvs.set('kvs', `outside-variant:PAY:${gen}:other${i}`, { claimedAt: at, queuedAt: at, hidden: [`X${i}`], withoutLevels: false });
    const aiko = await schedule('Aiko');
    expect(aiko.background).toMatchObject({ state: 'unavailable' });
    expect(aiko.background?.state === 'unavailable' ? aiko.background.reason : '').toMatch(/at most 8 different sets/);
    expect(aiko.nodes).toEqual([]);
    expect(variantEvents()).toEqual([]);
    // Priya's variant was stored before: hers is still answered.
    expect((await schedule('Priya')).background).toMatchObject({ state: 'ready' });
  });

  it('deletes a replaced generation\'s variants, claims and linked issues, and computes the sets asked for again', async () => {
    const before = generation();
    await saveSchedule({ nearCriticalDays: 6 });
    await schedule('Priya');
    await runtime.queue.drain();
    const after = generation();
    expect(after).not.toBe(before);
    expect(runtime.kvs.entries('kvs').map(([k]) => k).filter((k) => k.includes(before))).toEqual([]);
    // The first 8 sets claimed (the eight others) were carried to the new generation and computed; Priya's and Aiko's came later.
    expect(claims().every((k) => k.startsWith(`outside-variant:PAY:${after}:`))).toBe(true);
    expect(claims()).toHaveLength(8);
    // Never the app's schedule: her set is past the cap, or (the sandbox's clock stands still, so claims tie) queued.
    const priya = await schedule('Priya');
    expect(['unavailable', 'computing']).toContain(priya.background?.state);
    expect(priya.nodes).toEqual([]);
    const manifests = keys('schedule-analysis:PAY#x').filter((k) => k.endsWith(':manifest'));
    expect(new Set(manifests.map((k) => (runtime.kvs.get('kvs', k)?.value as { generation: string }).generation))).toEqual(new Set([after]));
    expect(manifests).toHaveLength(8);
    expect(keys('variant-write:')).toEqual([]);
  });
});
