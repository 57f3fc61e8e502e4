/**
 * Issue #15, item 4: the forecast of a project above the background threshold is computed by the `keel-analysis`
 * consumer after the analysis (its own event) and stored with the analysis's generation; `forecast/get`,
 * `forecast/criticality` and `forecast/issue` answer from it, cut to the viewer. On the demo site, PAY (148
 * issues, 8 under the "Staff only" level Aiko is not in, links into PLAT she may not browse) with the threshold
 * at 100: Priya's stored forecast equals the one she got live; Aiko's names no issue she may not browse.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { askAndDrain } from './ask-and-drain';
import type { ForecastAnswer, ForecastCriticality, ForecastResult, IssueForecast, SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { demoApp } from './demo-app';

const demo = demoApp();
const { site, call } = demo;
let runtime: ForgeRuntime;
const forecast = (who: string, targetDate?: string) => call<ForecastAnswer>('forecast/get', { projectKey: 'PAY', ...(targetDate ? { targetDate } : {}) }, who);
const ready = (answer: ForecastAnswer): ForecastResult => {
  if ('pending' in answer) throw new Error(`still pending: ${JSON.stringify(answer.pending)}`);
  return answer;
};
let live: ForecastResult;
const TARGET = '2027-03-01';

beforeAll(async () => {
  let app: typeof import('../../src/index');
  ({ runtime, app } = await demo.start());
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  live = ready(await forecast('Priya', TARGET));
  const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
  await call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' }, 'Priya');
}, 120_000);

afterAll(() => runtime.uninstall());

describe('the forecast of a project above the threshold', () => {
  it('says the analysis is being computed, then answers from the forecast the consumer stored after it', async () => {
    const first = await forecast('Priya');
    expect('pending' in first && first.pending).toMatchObject({ state: 'computing', stage: 'analysis', issueCount: 148 });
    // The first event computes the analysis and queues the forecast: one event at a time shows the stage between.
    const analysis = runtime.queue.pending('keel-analysis');
    expect(analysis.length).toBe(1);
    await runtime.queue.drain();
    // Priya and Aiko may not browse SEC (nor Aiko PLAT), which PAY links to: their forecasts are of the variants without that work (issue #11).
    expect('pending' in (await forecast('Priya'))).toBe(true);
    await askAndDrain(call, runtime, 'PAY', ['Priya', 'Aiko']);
    const priya = ready(await forecast('Priya', TARGET));
    expect(priya.stored).toMatchObject({ refreshing: false, hiddenIssues: 0 });
    expect(priya.iterations).toBe(live.iterations);
    expect(priya.percentiles).toEqual(live.percentiles);
    expect(priya.cpmFinishDate).toBe(live.cpmFinishDate);
    expect(priya.issueCount).toBe(live.issueCount);
    // The same open issues. Their figures are not compared: the stored schedule itself gives many PAY issues other
    // slack than the live one (PAY-88: 0 days stored, 2.88 live; the finish is the same), which is the stored
    // analysis's (issue #11), not the forecast's.
    expect(priya.issues.map((i) => i.key).sort()).toEqual(live.issues.map((i) => i.key).sort());
    // The target typed in is read off the stored finish curve: the same chance as the live run.
    expect(priya.target).toEqual(live.target);
    expect(JSON.stringify(priya)).not.toContain('"curve"');
  });

  it('gives Aiko the forecast without the issues under the level, naming none she may not browse', async () => {
    const aiko = ready(await forecast('Aiko'));
    const text = JSON.stringify(aiko);
    expect(text).not.toMatch(/PLAT-\d+/);
    const secured = site.state.issues.filter((i) => i.fields.security && i.key.startsWith('PAY-')).map((i) => i.key);
    expect(secured.length).toBeGreaterThan(0);
    for (const key of secured) expect(text).not.toContain(`"${key}"`);
    expect(aiko.stored?.hiddenIssues).toBeGreaterThanOrEqual(0);
  });

  it('answers the criticality of the keys asked for, and the issue panel\'s issue, from the same stored forecast', async () => {
    const priya = ready(await forecast('Priya'));
    const keys = priya.issues.slice(0, 5).map((i) => i.key);
    const figures = await call<ForecastCriticality>('forecast/criticality', { projectKey: 'PAY', keys }, 'Priya');
    expect(figures.pending).toBeNull();
    expect(figures.issues).toEqual(priya.issues.slice(0, 5).map(({ key, criticality, cruciality }) => ({ key, criticality, cruciality })));
    const issue = await call<IssueForecast>('forecast/issue', { issueKey: keys[0] }, 'Priya');
    expect(issue.criticality).toEqual(figures.issues[0]);
    expect(issue.computedAt).toBe(figures.computedAt);
    const secured = site.state.issues.find((i) => i.fields.security && i.key.startsWith('PAY-') && priya.issues.some((x) => x.key === i.key));
    expect(secured).toBeDefined();
    const aiko = await call<ForecastCriticality>('forecast/criticality', { projectKey: 'PAY', keys: [secured?.key ?? ''] }, 'Aiko');
    expect(aiko.issues).toEqual([]);
  });

  it('shows the forecast as queued while a new analysis\'s forecast waits on the queue, and stays under 1 MB', async () => {
    const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
    await call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, nearCriticalDays: 7 } }, projectKey: 'PAY' }, 'Priya');
    const stale = ready(await forecast('Priya'));
    expect(stale.stored?.refreshing).toBe(true);
    // The analysis runs; its forecast event is held back, as if still on the queue.
    const app = await import('../../src/index');
    const held: unknown[] = [];
    await runtime.queue.drain({
      'keel-analysis': async (event: unknown) => {
        // The app's forecast and those of the variants without outside work (issue #11) alike.
        if (/"forecast"|"outsideVariantForecast"/.test(JSON.stringify(event))) held.push(event);
        else await app.analysisConsumer(event);
        return undefined;
      },
    });
    // The app's, and the two variants' (Priya's and Aiko's sets, carried to the new analysis).
    expect(held.length).toBe(3);
    const waiting = await forecast('Priya');
    expect('pending' in waiting && waiting.pending).toMatchObject({ state: 'computing', stage: 'queued', issueCount: 148 });
    for (const event of held) await app.analysisConsumer(event);
    const done = ready(await forecast('Priya'));
    expect(done.stored?.refreshing).toBe(false);
    expect(JSON.stringify(done).length).toBeLessThan(1_000_000);
    expect(site.specViolations).toEqual([]);
  });
});
