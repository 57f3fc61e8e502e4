/**
 * The consumer's work against the sandbox serving the demo site, run as the app inside a Forge invocation: a
 * full read split over invocations (one search page each, so PAY's 148 issues take two) stores what one read
 * stores, and leaves no staged part behind.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { AnalysisManifest } from '../../src/adapters/storage/analysis-store';
import type { ReadContinuation, RefreshOutcome } from '../../src/use-cases/refresh-stored-schedule';
import { demoApp } from '../resolvers/demo-app';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { lastStartedInvocation } from '../sandbox/forge/invocation-context';

const demo = demoApp();
let runtime: ForgeRuntime;

beforeAll(async () => {
  ({ runtime } = await demo.start());
});
afterAll(() => runtime.uninstall());

/** Runs the use case as the consumer would: an invocation with no user, the real @forge packages. */
async function refresh(projectKey: string, options: { pagesPerInvocation: number; continuation?: ReadContinuation; maxIssues?: number }, queued: ReadContinuation[]): Promise<RefreshOutcome> {
  const { refreshStoredSchedule } = await import('../../src/use-cases/refresh-stored-schedule');
  const { appJira, projectSettings } = await import('../../src/resolvers/forge-ports');
  const { analysisKvs, analysisLease } = await import('../../src/resolvers/analysis-events');
  let generation = 0;
  let outcome: RefreshOutcome | undefined;
  await runtime.fireTrigger(async () => {
    outcome = await refreshStoredSchedule(
      {
        appJira: appJira(),
        loadSettings: projectSettings,
        store: analysisKvs,
        lease: analysisLease,
        now: () => new Date().toISOString(),
        newGeneration: () => `${projectKey.toLowerCase()}-${options.pagesPerInvocation}-${++generation}`,
        continueLater: (_, next) => Promise.resolve(void queued.push(next)),
        requestRefresh: () => Promise.resolve(),
      },
      { projectKey, asOf: '2026-11-16', pagesPerInvocation: options.pagesPerInvocation, ...(options.continuation ? { continuation: options.continuation } : {}), ...(options.maxIssues === undefined ? {} : { maxIssues: options.maxIssues }) },
    );
  }, {});
  if (!outcome) throw new Error('no outcome');
  return outcome;
}

const stored = (key: string): unknown => runtime.kvs.get('kvs', key)?.value;

describe('refreshStoredSchedule', () => {
  it('splits a long full read over invocations and stores what one read stores', async () => {
    const once = await refresh('PAY', { pagesPerInvocation: 60 }, []);
    expect(once.outcome).toBe('stored');
    const inOneGo = stored('schedule-analysis:PAY:manifest') as AnalysisManifest;
    const { loadAnalysis } = await import('../../src/adapters/storage/analysis-store');
    const { analysisKvs } = await import('../../src/resolvers/analysis-events');
    const first = await loadAnalysis(analysisKvs, 'PAY');

    // A full read again (another scope JQL would do it too): the stored one is forgotten first.
    runtime.kvs.delete('kvs', 'schedule-analysis:PAY:manifest');
    const queued: ReadContinuation[] = [];
    const part = await refresh('PAY', { pagesPerInvocation: 1 }, queued);
    expect(part).toEqual({ outcome: 'continued', parts: 1 });
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ parts: 1, issuesSoFar: 100 });
    expect(runtime.kvs.keys('kvs').some((k) => k.includes(':staging:'))).toBe(true);

    const last = await refresh('PAY', { pagesPerInvocation: 1, ...(queued[0] ? { continuation: queued[0] } : {}) }, queued);
    expect(last.outcome).toBe('stored');
    expect(queued).toHaveLength(1);
    const split = await loadAnalysis(analysisKvs, 'PAY');
    expect(split?.manifest.issueCount).toBe(inOneGo.issueCount);
    expect(split?.manifest.generation).toBe(queued[0]?.generation);
    expect(split?.issues.map((i) => i.key).sort()).toEqual(first?.issues.map((i) => i.key).sort());
    expect(split?.schedule.nodes).toEqual(first?.schedule.nodes);
    expect(runtime.kvs.keys('kvs').some((k) => k.includes(':staging:'))).toBe(false);
  });

  it('says so when the scope is larger than the cap, with the cap, what still works and what to do', async () => {
    runtime.kvs.delete('kvs', 'schedule-analysis:PAY:manifest');
    // PAY's 148 issues against a cap of 100 stand for 200,000 against 50,000.
    const outcome = await refresh('PAY', { pagesPerInvocation: 60, maxIssues: 100 }, []);
    expect(outcome.outcome === 'stored' && outcome.manifest.issueCount).toBe(100);
    // No page is read past the cap: the same fetches as a read of one page a part (at 100,000 issues the extra
    // pages took the last part past Forge's 100 fetches).
    const fetches = lastStartedInvocation()?.productFetches;
    runtime.kvs.delete('kvs', 'schedule-analysis:PAY:manifest');
    expect((await refresh('PAY', { pagesPerInvocation: 1, maxIssues: 100 }, [])).outcome).toBe('stored');
    expect(fetches).toBe(lastStartedInvocation()?.productFetches);
    const { loadStoredSchedule } = await import('../../src/adapters/storage/analysis-store');
    const { analysisKvs } = await import('../../src/resolvers/analysis-events');
    const { visibleSchedule } = await import('../../src/use-cases/visible-schedule');
    const schedule = (await loadStoredSchedule(analysisKvs, 'PAY'))?.schedule;
    if (!schedule) throw new Error('nothing stored');
    const capped = (findings: typeof schedule.findings) => findings.find((f) => f.kind === 'scope-truncated');
    expect(capped(schedule.findings)?.advice).toMatch(/more than 100 issues.*still work.*Narrow the scope JQL/);
    // A viewer who may not see some of the issues still gets it: it names no issue.
    expect(capped(visibleSchedule(schedule, (key) => key.startsWith('PAY-')).schedule.findings)).toBeDefined();
  });
});
