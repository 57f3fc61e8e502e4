/**
 * Issue #11: the issue panel (`schedule/issue`) and its risks (`risks/issue`) of a large project read the stored
 * schedule's per-issue index, a few buckets, not the whole stored schedule, on an instance that has nothing kept
 * warm; and they answer exactly what the whole stored schedule gives (the same answer read with the index taken
 * out of the manifest, as an analysis stored before Keel kept one is read). PAY on the demo site, threshold 100,
 * for Priya and for Aiko (outside "Staff only": the variant without levels has its own index).
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { askAndDrain } from './ask-and-drain';
import type { IssueRisksResult, IssueScheduleResult, SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { lastStartedInvocation } from '../sandbox/forge/invocation-context';
import { demoApp } from './demo-app';

const demo = demoApp();
const { site, call } = demo;
let runtime: ForgeRuntime;
let forgetWarmSchedules: () => void;
const secured = new Set(site.state.issues.filter((i) => i.fields.security).map((i) => i.key));
const parents = new Set(site.state.issues.flatMap((i) => {
  const parent = (i.fields['parent'] as { key?: string } | null | undefined)?.key;
  return parent === undefined ? [] : [parent];
}));
/** PAY work (not a parent: a summary task is read from the whole schedule; not a risk or decision) with links, under no level. */
const keys = site.state.issues
  .filter((i) => i.fields.project.key === 'PAY' && !secured.has(i.key) && !parents.has(i.key) && ['Story', 'Task', 'Sub-task', 'Bug'].includes(i.fields.issuetype.name))
  .filter((i) => ((i.fields['issuelinks'] as unknown[] | undefined) ?? []).length > 0)
  .slice(0, 6)
  .map((i) => i.key);

/** An answer on a cold instance, with the storage calls its invocation made. */
async function cold<T>(functionKey: string, issueKey: string, who: string): Promise<{ answer: T; kvsCalls: number }> {
  forgetWarmSchedules();
  const answer = await call<T>(functionKey, { issueKey }, who);
  return { answer, kvsCalls: lastStartedInvocation()?.kvsCalls ?? NaN };
}

beforeAll(async () => {
  let app: typeof import('../../src/index');
  ({ runtime, app } = await demo.start());
  ({ forgetWarmSchedules } = await import('../../src/adapters/storage/warm-schedules'));
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
  await call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' }, 'Priya');
  await call('schedule/get', { projectKey: 'PAY' }, 'Priya');
  await runtime.queue.drain();
  await askAndDrain(call, runtime, 'PAY', ['Priya', 'Aiko']);
}, 120_000);

afterAll(() => runtime.uninstall());

describe('the issue panel of a large project, from the per-issue index', () => {
  it('reads a handful of storage keys, and answers what the whole stored schedule gives', async () => {
    expect(keys.length).toBeGreaterThanOrEqual(3);
    const indexed = new Map<string, unknown>();
    for (const who of ['Priya', 'Aiko']) {
      for (const key of keys) {
        const panel = await cold<IssueScheduleResult>('schedule/issue', key, who);
        expect(panel.answer.background, `${who} ${key}`).toMatchObject({ state: 'ready' });
        // Since index format 4 the summary tasks' panels are in buckets of their own (schedule-index.ts): a node's
        // bucket holds nodes alone, one chunk (format 3's buckets held the panels too: 11 calls).
        expect(panel.kvsCalls, `${who}'s panel of ${key}: storage calls`).toBeLessThanOrEqual(9);
        const risks = await cold<IssueRisksResult>('risks/issue', key, who);
        expect(risks.answer.stored, `${who} ${key}`).toMatchObject({ state: 'ready' });
        expect(risks.kvsCalls, `${who}'s risks of ${key}: storage calls`).toBeLessThanOrEqual(9);
        indexed.set(`${who} ${key}`, { panel: panel.answer, risks: risks.answer });
      }
    }
    // The same answers from the whole stored schedule: the manifests without their index.
    for (const analysis of ['PAY', 'PAY#none']) {
      const manifest = runtime.kvs.get('kvs', `schedule-analysis:${analysis}:manifest`)?.value as Record<string, unknown> | undefined;
      if (!manifest) throw new Error(`no stored analysis ${analysis}`);
      expect(manifest['index']).toBeDefined();
      runtime.kvs.set('kvs', `schedule-analysis:${analysis}:manifest`, { ...manifest, index: undefined });
    }
    for (const who of ['Priya', 'Aiko']) {
      for (const key of keys) {
        const panel = await cold<IssueScheduleResult>('schedule/issue', key, who);
        expect(panel.kvsCalls, 'the whole schedule is read').toBeGreaterThan(3);
        const risks = await cold<IssueRisksResult>('risks/issue', key, who);
        expect({ panel: panel.answer, risks: risks.answer }, `${who} ${key}`).toEqual(indexed.get(`${who} ${key}`));
      }
    }
  });
});
