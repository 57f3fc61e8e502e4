/**
 * Issue #11, the Confluence macros of a large project on a new instance (nothing kept warm): the status, risk
 * register, forecast, earned value, RACI and decision-log macros answer a reader who hides nothing from the views
 * stored with the analysis (the app only counts, so that the reader's counts can be compared with its:
 * app-count-to-compare.ts), reading none of the schedule's node, link or issue chunks, and answer exactly what the
 * whole read gives (the views taken out of the manifests). Their answers are the project page's for the same
 * reader. Aiko, outside PAY's "Staff only" level and PLAT, is answered from the whole read of the schedule without
 * levels and without PLAT's and SEC's work, as the project page answers her, and no issue under a level reaches her.
 * PAY on the demo site (its links from PLAT and SEC, which nobody may browse), threshold 100, milestones mapped
 * (cold-reads.ts).
 */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { MacroEvmResult, StatusResult } from '../../src/contract';
import { macroContext } from '../sandbox/forge/module-context';
import { coldReadsOfPay, type Ask, type ColdAnswers } from './cold-reads';

/** Each macro's resolver and the module it is on. */
const MACROS = [
  ['macro/status', 'keel-status-macro'],
  ['macro/risks', 'keel-risk-register-macro'],
  ['macro/forecast', 'keel-forecast-macro'],
  ['macro/evm', 'keel-evm-macro'],
  ['macro/raci', 'keel-raci-macro'],
  ['macro/decisions', 'keel-decision-log-macro'],
] as const;
type MacroKey = (typeof MACROS)[number][0];

const pay = coldReadsOfPay({
  // PAY's Sub-tasks of no time are its milestones here (the demo maps no Milestone type).
  adapt: (settings) => ({ ...settings, targets: { ...settings.targets, milestones: { issueTypes: ['Sub-task'], labels: ['milestone'] } } }),
  // Each macro once as each reader: what it queues (a forecast, a variant) is stored before they are read cold.
  prepare: async (call, runtime) => {
    for (const who of ['Priya', 'Aiko']) {
      for (const [functionKey, from] of ASKS.map(([key, , context]) => [key, context] as const)) await call(functionKey, {}, who, from);
      await runtime.queue.drain();
    }
  },
});
const { call } = pay;
const ASKS: Ask[] = MACROS.map(([functionKey, moduleKey]) => [functionKey, {}, macroContext(pay.snapshot, moduleKey, { projectKey: 'PAY' })]);

/** The answers and the keys read, by macro. */
function byMacro(read: ColdAnswers): { answers: Record<MacroKey, unknown>; keys: Record<MacroKey, string[]> } {
  const answers = Object.fromEntries(MACROS.map(([key], i) => [key, read.answers[i]])) as Record<MacroKey, unknown>;
  const keys = Object.fromEntries(MACROS.map(([key], i) => [key, read.keysEach[i] ?? []])) as Record<MacroKey, string[]>;
  return { answers, keys };
}
const coldMacros = async (who: string) => byMacro(await pay.cold(ASKS, who));
const wholeReadMacros = async (who: string) => byMacro(await pay.withViews(ASKS, who)).answers;
const chunksRead = (keys: readonly string[]) => keys.filter((k) => pay.chunkKeys().has(k));

describe('the macros of a large project, read cold', () => {
  it('answer a reader who hides nothing from the views, reading no node, link or issue chunk, as the whole read does', async () => {
    const cold = await coldMacros('Priya');
    expect(cold.answers['macro/status']).toMatchObject({ stored: { state: 'ready', hiddenIssues: 0 } });
    expect((cold.answers['macro/status'] as StatusResult).milestones.length, 'the mapped Sub-tasks of no time are milestones').toBeGreaterThan(0);
    expect(cold.answers['macro/risks']).toMatchObject({ scheduleDays: { state: 'ready' } });
    expect(cold.answers['macro/forecast']).toMatchObject({ pending: null });
    expect(cold.answers['macro/evm']).toMatchObject({ stored: { state: 'ready' } });
    expect(pay.chunkKeys().size).toBeGreaterThan(0);
    for (const [functionKey] of MACROS) expect(chunksRead(cold.keys[functionKey]), `${functionKey}: no node, link or issue chunk is read`).toEqual([]);
    const whole = await wholeReadMacros('Priya');
    for (const [functionKey] of MACROS) expect(cold.answers[functionKey], `${functionKey}: as the whole read`).toEqual(whole[functionKey]);
  }, 120_000);

  it('answer a reader who hides nothing as the project page answers them', async () => {
    const { answers } = await coldMacros('Priya');
    expect(answers['macro/status'], "the status macro is the page's status").toEqual(await call<StatusResult>('status/get', { projectKey: 'PAY' }, 'Priya'));
    const page = await call<{ figures: { ev: number; pv: number; ac: number } }>('evm/get', { projectKey: 'PAY' }, 'Priya');
    const macro = answers['macro/evm'] as MacroEvmResult;
    expect({ ev: macro.ev, pv: macro.pv, ac: macro.ac }, "the earned value macro is the page's figures").toEqual({ ev: page.figures.ev, pv: page.figures.pv, ac: page.figures.ac });
  }, 120_000);

  it('answer a reader who hides issues from the whole read, as the project page does, with no secured issue', async () => {
    const cold = await coldMacros('Aiko');
    expect(cold.answers['macro/status']).toMatchObject({ stored: { state: 'ready' } });
    expect(chunksRead(cold.keys['macro/status']).length, 'the schedule without levels is read whole').toBeGreaterThan(0);
    expect(cold.answers).toEqual(await wholeReadMacros('Aiko'));
    expect(cold.answers['macro/status'], "her status macro is her page's status").toEqual(await call<StatusResult>('status/get', { projectKey: 'PAY' }, 'Aiko'));
    const secured = pay.site.state.issues.filter((i) => i.fields.security).map((i) => i.key);
    expect(secured.length).toBeGreaterThan(0);
    const text = JSON.stringify(cold.answers);
    expect(secured.filter((key) => new RegExp(`"${key}"`).test(text)), 'no issue under a level is named').toEqual([]);
  }, 120_000);
});
