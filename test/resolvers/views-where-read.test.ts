/**
 * Issue #11, refresh CPU: the consumer stores a schedule's views (stored-views.ts) only under the analyses whose
 * views a reader reads: the choice `all` for a viewer of the whole project (stored-views-for-viewer.ts), the app's
 * schedule or an outside variant with the levels. The schedule without levels and the outside variants without
 * them are chosen as `withoutLevels` and read whole, so they are stored without views, and their viewers' answers
 * are still whole. PAY on the demo site (it uses the level "Staff only"; Aiko is outside it), threshold 100.
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
const manifests = () =>
  new Map(
    runtime.kvs
      .entries('kvs')
      .filter(([k]) => k.startsWith('schedule-analysis:PAY') && k.endsWith(':manifest'))
      .map(([k, v]) => [k.slice('schedule-analysis:'.length, -':manifest'.length), v.value as { views?: Record<string, string[]> }]),
  );

beforeAll(async () => {
  let app: typeof import('../../src/index');
  ({ runtime, app } = await demo.start());
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
  await call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' }, 'Priya');
  await call('schedule/get', { projectKey: 'PAY' }, 'Priya');
  await runtime.queue.drain();
  await askAndDrain(call, runtime, 'PAY', ['Priya', 'Marcus', 'Aiko']);
}, 120_000);

afterAll(() => runtime.uninstall());

describe('the views a refresh stores', () => {
  it('are stored for the app\'s schedule and the outside variants with levels, not for those without levels', async () => {
    const stored = manifests();
    const withViews = [...stored].filter(([, m]) => m.views !== undefined).map(([k]) => k).sort();
    const without = [...stored].filter(([, m]) => m.views === undefined).map(([k]) => k).sort();
    expect(withViews, 'analyses with views').toContain('PAY');
    expect(withViews.some((k) => k.startsWith('PAY#x') && !k.endsWith('n')), 'an outside variant with levels has views').toBe(true);
    expect(without, 'analyses without views').toContain('PAY#none');
    expect(without.some((k) => k.startsWith('PAY#x') && k.endsWith('n')), 'an outside variant without levels has none').toBe(true);
    expect(withViews.every((k) => k === 'PAY' || (k.startsWith('PAY#x') && !k.endsWith('n'))), 'only where read').toBe(true);
    // Aiko, outside the level, is answered from an analysis without views: read whole, ready, and without the secured work.
    const aiko = await call<ScheduleResult>('schedule/get', { projectKey: 'PAY' }, 'Aiko');
    expect(aiko.background).toMatchObject({ state: 'ready' });
    expect(aiko.nodes.length).toBeGreaterThan(0);
    const secured = new Set(demo.site.state.issues.filter((i) => i.fields.security).map((i) => i.key));
    expect(aiko.nodes.some((n) => secured.has(n.key))).toBe(false);
  });
});
