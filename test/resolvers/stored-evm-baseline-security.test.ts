/**
 * Issue #11: the stored earned value of a project above the threshold (store-evms.ts), measured against a named
 * baseline that holds PAY's "Staff only" entries. Aiko, outside the level, gets the variant over the issues under
 * no level: it must count none of the secured entries as "not in your view" and start where her own live answer
 * does, as Priya's stored answer matches hers.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { EvmResult, SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { askAndDrain } from './ask-and-drain';
import { demoApp } from './demo-app';

const demo = demoApp();
const { call } = demo;
let runtime: ForgeRuntime;
const NAME = 'stored-kickoff';
const evm = (who: string) => call<EvmResult>('evm/get', { projectKey: 'PAY' }, who);
const live: Record<string, EvmResult> = {};

beforeAll(async () => {
  let app: typeof import('../../src/index');
  ({ runtime, app } = await demo.start());
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  await call('baselines/create', { projectKey: 'PAY', name: NAME }, 'Priya');
  const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
  await call('settings/save', { settings: { ...settings, evm: { ...settings.evm, baseline: NAME } }, projectKey: 'PAY' }, 'Priya');
  live['Priya'] = await evm('Priya');
  live['Aiko'] = await evm('Aiko');
  await call('settings/save', { settings: { ...settings, evm: { ...settings.evm, baseline: NAME }, schedule: { ...settings.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' }, 'Priya');
  await evm('Priya');
  await runtime.queue.drain();
  // Nobody may browse SEC, which PAY links to: each is answered from a variant without it (outside-variants.test.ts).
  await askAndDrain(call, runtime, 'PAY', ['Priya', 'Aiko']);
}, 180_000);

afterAll(() => runtime.uninstall());

describe('stored earned value against a named baseline with secured entries', () => {
  it("tells Aiko nothing of the secured entries, as her live answer does; Priya's BAC includes them", async () => {
    const [priya, aiko] = [await evm('Priya'), await evm('Aiko')];
    expect(aiko.stored).toMatchObject({ state: 'ready' });
    expect(aiko.baseline.name).toBe(NAME);
    expect(live['Aiko']?.findings.map((f) => f.kind)).not.toContain('baseline-issue-missing');
    expect(aiko.findings.map((f) => f.kind)).not.toContain('baseline-issue-missing');
    expect(aiko.baseline.description).toBe(live['Aiko']?.baseline.description);
    expect(aiko.projectStart).toBe(live['Aiko']?.projectStart);
    expect(aiko.figures.bac).toBe(live['Aiko']?.figures.bac);
    expect(priya.figures.bac).toBe(live['Priya']?.figures.bac);
    expect(aiko.figures.bac).toBeLessThan(priya.figures.bac);
  });
});
