/**
 * Issue #11: the Earned value tab and macro of a project above the background threshold come from what the
 * consumer stored with the analysis (store-evms.ts), cut to the viewer as every stored answer is. On the demo
 * site, PAY with the threshold at 100: while none is stored the answer carries no figure, only the note; then
 * each person's figures on the status date equal those they get live (the stored answer reads no history, so only
 * earlier points of the S-curve are estimated), and Aiko, outside the "Staff only" level, gets those over the
 * issues under no level.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { askAndDrain } from './ask-and-drain';
import type { EvmResult, HistoryResult, MacroEvmResult, SettingsView } from '../../src/contract';
import { scheduledTriggerEvent } from '../sandbox/forge/fire-trigger';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { demoApp } from './demo-app';

const demo = demoApp();
const { call } = demo;
let runtime: ForgeRuntime;
let dailySnapshot: () => Promise<unknown>;
const evm = (who: string, payload: Record<string, unknown> = {}) => call<EvmResult>('evm/get', { projectKey: 'PAY', ...payload }, who);
const live: Record<string, EvmResult> = {};

/** The figures on the status date: what no history changes. */
const onStatusDate = (r: EvmResult) => ({ bac: r.figures.bac, pv: r.figures.pv, ev: r.figures.ev, ac: r.figures.ac, epics: r.epics.map((e) => [e.key, e.bac, e.ev]) });

beforeAll(async () => {
  let app: typeof import('../../src/index');
  ({ runtime, app } = await demo.start());
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  runtime.queue.register('keel-snapshots', app.snapshotConsumer);
  dailySnapshot = () => runtime.fireTrigger(app.dailySnapshot, scheduledTriggerEvent('keel-daily-snapshot'), { moduleKey: 'keel-daily-snapshot', timeoutMs: 300_000 });
  live['Priya'] = await evm('Priya');
  live['Aiko'] = await evm('Aiko');
  const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
  await call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' }, 'Priya');
});

afterAll(() => runtime.uninstall());

describe('earned value of a project above the threshold', () => {
  it('shows no figure while it is computed in the background, then the stored figures', async () => {
    const first = await evm('Priya');
    expect(first.stored).toMatchObject({ state: 'computing', issueCount: 148 });
    expect([first.series, first.epics, first.findings]).toEqual([[], [], []]);
    await runtime.queue.drain();
    await askAndDrain(call, runtime, 'PAY', ['Priya', 'Aiko']);
    const priya = await evm('Priya');
    expect(priya.stored).toMatchObject({ state: 'ready', refreshing: false });
    expect(onStatusDate(priya)).toEqual(onStatusDate(live['Priya'] as EvmResult));
    expect(priya.findings.find((f) => f.kind === 'history-assumed')?.effect).toMatch(/earlier points of the S-curve are estimated/);
  });

  it('gives Aiko, outside the level, the figures over the issues under none', async () => {
    const aiko = await evm('Aiko');
    expect(aiko.stored).toMatchObject({ state: 'ready' });
    expect(onStatusDate(aiko)).toEqual(onStatusDate(live['Aiko'] as EvmResult));
    expect(aiko.figures.bac).toBeLessThan((live['Priya'] as EvmResult).figures.bac);
  });

  it('refuses another baseline than the settings name, saying what to do', async () => {
    await expect(evm('Priya', { baseline: 'sprint-1' })).rejects.toThrow(/computes its earned value in the background against the baseline its settings name \("current"\)/);
  });

  it("gives each macro reader their page's figures: every level for Priya, none for Aiko (the app's counts only compared with theirs)", async () => {
    for (const who of ['Priya', 'Aiko']) {
      const macro = await call<MacroEvmResult>('macro/evm', { projectKey: 'PAY' }, who);
      expect(macro.stored, who).toMatchObject({ state: 'ready' });
      const page = live[who] as EvmResult;
      expect([macro.bac, macro.ev, macro.ac], who).toEqual([page.figures.bac, page.figures.ev, page.figures.ac]);
    }
  });

  it('keeps the day\'s stored figures in the daily snapshot: every level for Priya, none for Aiko', async () => {
    await dailySnapshot();
    await runtime.queue.drain();
    const day = async (who: string) => (await call<HistoryResult>('history/get', { projectKey: 'PAY' }, who)).snapshots.at(-1);
    const [priya, aiko] = [await day('Priya'), await day('Aiko')];
    expect(priya?.evm?.figures.bac).toBe((await evm('Priya')).figures.bac);
    expect(aiko?.evm?.figures.bac).toBe((await evm('Aiko')).figures.bac);
    expect(aiko?.evm?.figures.bac).toBeLessThan(priya?.evm?.figures.bac ?? 0);
  });
});
