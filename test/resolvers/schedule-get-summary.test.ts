/**
 * Issue #11, the Dependencies tab's first paint: `schedule/get` for a schedule too large to send whole carries
 * the epics summary beside its head, equal to `schedule/summary`'s but for the forecast's figures (left to that
 * call: on a new instance they cost the stored forecast's read), within the answer budget, and valid under the
 * contract's schema the UI parses with. The same from the stored views (a new instance) and from the whole
 * read (an analysis stored before Keel kept views). BIG on the generated large site, 2,000 issues: its whole
 * schedule is about three times the budget.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { resolvers, type ScheduleResult, type ScheduleSummaryResult } from '../../src/contract';
import { ANSWER_BUDGET_BYTES, jsonBytes } from '../../src/use-cases/schedule-views/answer-budget';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { largeApp } from './large-app';

const big = largeApp(2000, { forecastIterations: 200 });
let runtime: ForgeRuntime;
let forgetWarm: () => void;

const get = (summaryHeld?: string) => big.call<ScheduleResult>('schedule/get', summaryHeld === undefined ? { projectKey: 'BIG' } : { projectKey: 'BIG', summaryHeld });
const summary = () => big.call<ScheduleSummaryResult>('schedule/summary', { projectKey: 'BIG' });

/** `schedule/summary`'s answer without what only it carries: the forecast, and each epic's criticality. */
function withoutFigures({ forecast: _forecast, ...rest }: ScheduleSummaryResult): ScheduleSummaryResult {
  return { ...rest, groups: rest.groups.map(({ criticality: _criticality, ...group }) => group) };
}

beforeAll(async () => {
  ({ runtime } = await big.start());
  const { forgetWarmSchedules } = await import('../../src/adapters/storage/warm-schedules');
  const { forgetWarmAnswers } = await import('../../src/adapters/storage/warm-answers');
  forgetWarm = () => {
    forgetWarmSchedules();
    forgetWarmAnswers();
  };
  expect((await get()).data.background).toMatchObject({ state: 'computing' });
  // The analysis, then the forecast it queues: the summary's epics then carry figures get leaves out.
  await runtime.queue.drain();
  await runtime.queue.drain();
}, 300_000);

afterAll(() => runtime.uninstall());

describe('schedule/get of a schedule too large to send whole', () => {
  it('carries the epics summary beside its head, as schedule/summary answers it but for the forecast, within the budget', async () => {
    forgetWarm();
    const answer = await get();
    expect(answer.data.large?.fullBytes).toBeGreaterThan(2 * ANSWER_BUDGET_BYTES);
    expect(answer.data.nodes).toEqual([]);
    // The summary tasks are left out of a head (the large tab shows none): as many as the epics, they would crowd the summary out.
    expect(answer.data.summaries).toBeUndefined();
    expect(jsonBytes(answer.data), 'head and summary together').toBeLessThanOrEqual(ANSWER_BUDGET_BYTES);
    expect(answer.bytes).toBeLessThan(1_000_000);
    const epics = (await summary()).data;
    expect(epics.forecast?.state).toBe('ready');
    expect(epics.groups.some((g) => typeof g.criticality === 'number')).toBe(true);
    expect(epics.groups.length).toBeGreaterThan(40);
    expect(answer.data.summary).toEqual(withoutFigures(epics));
    // The UI parses with the contract's schema, which would strip a field it did not name.
    const parsed = resolvers['schedule/get'].result.safeParse(answer.data);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.summary).toEqual(answer.data.summary);
  }, 120_000);

  it('sends a poll whose caller holds that summary its version alone, the rest of the answer unchanged, from the views and the whole read', async () => {
    forgetWarm();
    const first = await get();
    const version = first.data.summaryVersion ?? '';
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    const { summary: carried, ...rest } = first.data;
    expect(carried?.groups.length).toBeGreaterThan(40);
    forgetWarm();
    const poll = await get(version);
    expect(poll.data.summary, 'not sent again').toBeUndefined();
    expect(poll.data).toEqual(rest);
    expect(first.bytes - poll.bytes, 'the summary is what the poll saves').toBeGreaterThan(jsonBytes(carried) - 10);
    // A caller holding another version (or none) gets the summary.
    expect((await get('0123456789abcdef')).data).toEqual(first.data);
    // The whole read (an analysis stored before Keel kept views) gives the same version, so its polls save the same.
    const key = 'schedule-analysis:BIG:manifest';
    const manifest = runtime.kvs.get('kvs', key)?.value as Record<string, unknown>;
    runtime.kvs.set('kvs', key, { ...manifest, views: undefined });
    try {
      forgetWarm();
      expect((await get(version)).data).toEqual(rest);
    } finally {
      runtime.kvs.set('kvs', key, manifest);
    }
  }, 120_000);

  it('carries the same summary from the whole read, as for an analysis stored before Keel kept views', async () => {
    const fromViews = (await get()).data;
    const key = 'schedule-analysis:BIG:manifest';
    const manifest = runtime.kvs.get('kvs', key)?.value as Record<string, unknown>;
    runtime.kvs.set('kvs', key, { ...manifest, views: undefined });
    try {
      forgetWarm();
      const whole = (await get()).data;
      expect(whole.summary?.groups.length).toBeGreaterThan(40);
      expect(whole).toEqual(fromViews);
    } finally {
      runtime.kvs.set('kvs', key, manifest);
    }
  }, 120_000);
});
