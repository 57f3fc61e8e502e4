/**
 * One refresh at a time per project (issue #11), on the demo site with the real @forge packages: a lease in
 * KVS. Polls and events during a multi-part read queue nothing and read nothing; the last good analysis stays
 * readable meanwhile; a chain that dies leaves its lease to expire and its parts to the next chain to delete.
 */
import { afterAll, beforeAll, describe, it, jest } from '@jest/globals';
import { expect } from '../expect';
import type { ScheduleResult, SettingsView } from '../../src/contract';
import type { ReadContinuation, RefreshOutcome } from '../../src/use-cases/refresh-stored-schedule';
import { manifestHashes, type AnalysisManifest } from '../../src/adapters/storage/analysis-store';
import { askAndDrain } from '../resolvers/ask-and-drain';
import { demoApp } from '../resolvers/demo-app';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import type { SiteRequest } from '../sandbox/site-types';

const demo = demoApp();
const { site, call } = demo;
let runtime: ForgeRuntime;
let generation = 0;
/** Refreshes the use case asked to queue: for events that came in while it held the lease. */
const requested: string[] = [];

/** One consumer invocation's work, as a queued event would run it, reading one search page at a time. */
async function refresh(continuation: ReadContinuation | null, queued: ReadContinuation[], incrementalMaxIssues?: number): Promise<RefreshOutcome> {
  const { refreshStoredSchedule } = await import('../../src/use-cases/refresh-stored-schedule');
  const { appJira, projectSettings } = await import('../../src/resolvers/forge-ports');
  const { analysisKvs, analysisLease } = await import('../../src/resolvers/analysis-events');
  let outcome: RefreshOutcome | undefined;
  await runtime.fireTrigger(async () => {
    outcome = await refreshStoredSchedule(
      {
        appJira: appJira(),
        loadSettings: projectSettings,
        store: analysisKvs,
        lease: analysisLease,
        now: () => new Date().toISOString(),
        newGeneration: () => `chain-${++generation}`,
        continueLater: (_, next) => Promise.resolve(void queued.push(next)),
        requestRefresh: (key) => Promise.resolve(void requested.push(key)),
        // The variants viewers asked for are carried to a new generation (carry-variants-forward.ts): recorded, not queued.
        requestOutsideVariant: () => Promise.resolve(),
      },
      { projectKey: 'PAY', asOf: '2026-11-16', pagesPerInvocation: 1, ...(continuation ? { continuation } : {}), ...(incrementalMaxIssues === undefined ? {} : { incrementalMaxIssues }) },
    );
  }, {});
  if (!outcome) throw new Error('no outcome');
  return outcome;
}

/** How many searches the app made while `work` ran. */
async function appSearches(work: () => Promise<unknown>): Promise<number> {
  let seen = 0;
  const original = site.handle.bind(site);
  site.handle = (request: SiteRequest) => {
    if (request.principal.type === 'app' && request.path.startsWith('/rest/api/3/search/jql')) seen += 1;
    return original(request);
  };
  try {
    await work();
  } finally {
    site.handle = original;
  }
  return seen;
}

const keys = () => runtime.kvs.keys('kvs').filter((k) => k.startsWith('schedule-analysis:PAY:'));
const manifest = () => runtime.kvs.get('kvs', 'schedule-analysis:PAY:manifest')?.value as { generation: string } | undefined;
const askFullRead = () => {
  const key = 'schedule-analysis:PAY:status';
  runtime.kvs.set('kvs', key, { ...(runtime.kvs.get('kvs', key)?.value as object), stale: true, queued: false, fullRefresh: true });
};
const schedule = (who: string) => call<ScheduleResult>('schedule/get', { projectKey: 'PAY' }, who);

beforeAll(async () => {
  let app: typeof import('../../src/index');
  ({ runtime, app } = await demo.start());
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
  await call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' }, 'Priya');
  await schedule('Priya');
  await runtime.queue.drain();
  // Nobody may browse SEC, which PAY links to: each viewer is answered from a variant without it (outside-variants.test.ts).
  await askAndDrain(call, runtime, 'PAY', ['Priya', 'Marcus', 'Aiko']);
});
afterAll(() => runtime.uninstall());

describe('a multi-part read of PAY (148 issues, one page an invocation)', () => {
  const queued: ReadContinuation[] = [];

  it('queues nothing however often the page polls meanwhile, and the last good analysis stays readable', async () => {
    const before = manifest()?.generation;
    askFullRead();
    expect(await refresh(null, queued)).toEqual({ outcome: 'continued', parts: 1 });
    for (const who of ['Priya', 'Marcus', 'Priya', 'Aiko', 'Priya']) {
      const answer = await schedule(who);
      expect(answer.background).toMatchObject({ state: 'ready', refreshing: true });
    }
    expect(runtime.queue.pending('keel-analysis')).toHaveLength(0);
    expect(manifest()?.generation).toBe(before);
  });

  it('stops an event delivered meanwhile before it reads anything, and queues its work again once done', async () => {
    // An issue edited meanwhile: the trigger marks the analysis and queues an event, which finds the lease held.
    const key = 'schedule-analysis:PAY:status';
    runtime.kvs.set('kvs', key, { ...(runtime.kvs.get('kvs', key)?.value as object), queued: true, queuedAt: new Date().toISOString() });
    let outcome: RefreshOutcome | undefined;
    expect(await appSearches(async () => (outcome = await refresh(null, [])))).toBe(0);
    expect(outcome).toEqual({ outcome: 'busy' });

    const next = queued[0];
    if (!next) throw new Error('no continuation');
    expect(requested).toEqual([]);
    expect((await refresh(next, queued)).outcome).toBe('stored');
    expect(requested).toEqual(['PAY']);
    expect(manifest()?.generation).toBe(next.generation);
    expect(keys().filter((k) => /:(lease|inflight|staging)/.test(k))).toEqual([]);
  });
});

describe('a chain that dies after its first part', () => {
  it('is taken over once its lease expires, and its parts are deleted by the next chain', async () => {
    askFullRead();
    const dead: ReadContinuation[] = [];
    expect((await refresh(null, dead)).outcome).toBe('continued');
    const deadGeneration = dead[0]?.generation ?? '';
    // As if it had also begun writing its analysis before it died.
    runtime.kvs.set('kvs', `schedule-analysis:PAY:${deadGeneration}:0:0`, '[');
    // And a content chunk (content-chunks.ts), which only its record of what it was writing names.
    runtime.kvs.set('kvs', 'schedule-analysis:PAY:c:0123456789abcdef01234567', '[');
    runtime.kvs.set('kvs', 'schedule-analysis:PAY:pending', { generation: deadGeneration, written: ['0123456789abcdef01234567'], superseded: [] });
    expect(keys().some((k) => k.includes(deadGeneration))).toBe(true);

    expect((await schedule('Priya')).background).toMatchObject({ state: 'ready', refreshing: true });
    expect(runtime.queue.pending('keel-analysis')).toHaveLength(0);
    jest.setSystemTime(new Date(Date.now() + 17 * 60_000));
    expect((await schedule('Priya')).background).toMatchObject({ state: 'ready', refreshing: true });
    expect(runtime.queue.pending('keel-analysis')).toHaveLength(1);
    await runtime.queue.drain();

    const current = manifest()?.generation ?? '';
    expect(current).not.toBe(deadGeneration);
    const inUse = new Set([...manifestHashes(manifest() as AnalysisManifest)].map((hash) => `schedule-analysis:PAY:c:${hash}`));
    expect(keys().filter((k) => !k.endsWith(':manifest') && !k.endsWith(':status') && !k.includes(`:${current}:`) && !inUse.has(k))).toEqual([]);
    // The dead chain's next part, delivered late, finds its lease gone to another chain and stops.
    const late = dead[0];
    if (!late) throw new Error('no continuation');
    expect(await refresh(late, [])).toEqual({ outcome: 'superseded' });
    expect(manifest()?.generation).toBe(current);
  });
});

describe('an incremental refresh after a bulk edit', () => {
  it('hands the read on over invocations instead of reading every edited issue in one', async () => {
    const edited = new Date().toISOString().replace('Z', '+0000');
    for (const issue of site.state.issues) if (issue.fields.project.key === 'PAY') issue.fields['updated'] = edited;
    const key = 'schedule-analysis:PAY:status';
    runtime.kvs.set('kvs', key, { ...(runtime.kvs.get('kvs', key)?.value as object), stale: true, queued: false, fullRefresh: false });
    const queued: ReadContinuation[] = [];
    // 148 edited issues against an incremental cap of 50 stand for 20,000 against 3,000.
    let first: RefreshOutcome | undefined;
    expect(await appSearches(async () => (first = await refresh(null, queued, 50)))).toBeLessThanOrEqual(2);
    expect(first).toEqual({ outcome: 'continued', parts: 1 });
    let outcome: RefreshOutcome = { outcome: 'continued', parts: 1 };
    while (outcome.outcome === 'continued') {
      const next = queued.shift();
      if (!next) throw new Error('no continuation');
      outcome = await refresh(next, queued, 50);
    }
    expect(outcome.outcome === 'stored' && outcome.manifest.issueCount).toBe(148);
  });
});

describe('a refresh Jira rate-limits', () => {
  it('leaves the last good analysis readable, and polls queue no other read until the retry is due', async () => {
    const key = 'schedule-analysis:PAY:status';
    runtime.kvs.set('kvs', key, { ...(runtime.kvs.get('kvs', key)?.value as object), stale: true, queued: false });
    await schedule('Priya');
    expect(runtime.queue.pending('keel-analysis')).toHaveLength(1);
    const before = manifest()?.generation;
    // Every attempt the consumer's first Jira request makes within its retry budget is answered 429.
    site.addFault({ kind: 'rateLimit', count: 5, retryAfterSeconds: 1, pathPattern: /^\/rest\/api\/3\/project\/PAY/ });
    await runtime.queue.drain();
    for (const who of ['Priya', 'Marcus', 'Priya']) expect((await schedule(who)).background).toMatchObject({ state: 'ready' });
    expect(runtime.queue.pending('keel-analysis')).toHaveLength(0);
    expect(manifest()?.generation).toBe(before);
    // The page says the refresh failed, why and what to do, beside the last good analysis.
    const failed = (await schedule('Priya')).background;
    expect(failed?.state === 'ready' && failed.refreshFailed?.reason).toMatch(/rate limit.*tries again by itself/);

    jest.setSystemTime(new Date(Date.now() + 6 * 60_000));
    expect((await schedule('Priya')).background).toMatchObject({ state: 'ready', refreshing: true });
    await runtime.queue.drain();
    expect(manifest()?.generation).not.toBe(before);
    expect(runtime.kvs.get('kvs', key)?.value).toMatchObject({ failedAt: null, failureReason: null, stale: false });
    const fresh = (await schedule('Priya')).background;
    expect(fresh?.state === 'ready' && fresh.refreshFailed).toBeUndefined();
  });
});
