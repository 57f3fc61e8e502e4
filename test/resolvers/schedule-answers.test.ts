/**
 * Issue #11: every schedule answer of an 8,000-issue scope stays under 1 MB (Forge refuses about 5 MB; the
 * whole schedule of 8,000 issues is 6.7 MB), and the table is paged, sorted and filtered on the server. The
 * generated large site, its BIG project above the background threshold: the consumer computes and stores the
 * analysis, and every view is cut from it as Priya may see it.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { MAX_CHASE_ENTRIES, type ChaseResult, type ScheduleDetailResult, type ScheduleResult, type ScheduleRowsResult, type ScheduleSummaryResult } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { largeApp } from './large-app';

const ISSUES = 8000;
const MB = 1_000_000;
const big = largeApp(ISSUES, { forecastIterations: 200 });
let runtime: ForgeRuntime;
let head: ScheduleResult;

beforeAll(async () => {
  ({ runtime } = await big.start());
  const first = await big.call<ScheduleResult>('schedule/get', { projectKey: 'BIG' });
  expect(first.data.background).toMatchObject({ state: 'computing' });
  await runtime.queue.drain();
  head = (await big.call<ScheduleResult>('schedule/get', { projectKey: 'BIG' })).data;
}, 300_000);

afterAll(() => runtime.uninstall());

const rows = (payload: Record<string, unknown>) => big.call<ScheduleRowsResult>('schedule/rows', { projectKey: 'BIG', ...payload });

describe('an 8,000-issue scope', () => {
  it('answers every schedule view under 1 MB', async () => {
    const get = await big.call<ScheduleResult>('schedule/get', { projectKey: 'BIG' });
    expect(get.bytes).toBeLessThan(MB);
    expect(get.data.background).toMatchObject({ state: 'ready' });
    // The whole schedule is far over the budget: the head says so and how much was left out.
    expect(get.data.nodes).toEqual([]);
    expect(get.data.large?.issueCount).toBeGreaterThan(ISSUES);
    expect(get.data.large?.fullBytes).toBeGreaterThan(5 * MB);

    const summary = await big.call<ScheduleSummaryResult>('schedule/summary', { projectKey: 'BIG' });
    expect(summary.bytes).toBeLessThan(MB);
    expect(summary.data.groups.length).toBeGreaterThan(100);
    expect(summary.data.criticalChain.length).toBeGreaterThan(0);
    const epic = summary.data.picker.find((g) => g.key.startsWith('BIG-'));
    const detail = await big.call<ScheduleDetailResult>('schedule/detail', { projectKey: 'BIG', filter: { epic: epic?.key } });
    expect(detail.bytes).toBeLessThan(MB);
    expect(detail.data.nodes.length).toBe(epic?.issueCount);
    const everything = await big.call<ScheduleDetailResult>('schedule/detail', { projectKey: 'BIG', filter: {} });
    expect(everything.bytes).toBeLessThan(MB);
    expect(everything.data.omitted).toBeGreaterThan(0);
    const focus = await big.call<ScheduleDetailResult>('schedule/detail', { projectKey: 'BIG', focus: detail.data.nodes[1]?.key });
    expect(focus.bytes).toBeLessThan(MB);
    expect(focus.data.nodes.map((n) => n.key)).toContain(detail.data.nodes[1]?.key);
    const page = await rows({ limit: 500 });
    expect(page.bytes).toBeLessThan(MB);
    expect(page.data.rows).toHaveLength(500);
    const panel = await big.call('schedule/issue', { issueKey: 'BIG-2' });
    expect(panel.bytes).toBeLessThan(MB);
    // Issue #16: the chase list rides on the head and answers alone, each under 1 MB.
    expect(get.data.chase?.entries.length).toBeLessThanOrEqual(MAX_CHASE_ENTRIES);
    const chase = await big.call<ChaseResult>('chase/get', { projectKey: 'BIG' });
    expect(chase.bytes).toBeLessThan(MB);
    expect(chase.data.chase.total).toBe(get.data.chase?.total);
    const hidden = await big.call('hidden/get', { projectKey: 'BIG' });
    expect(hidden.bytes).toBeLessThan(MB);
  }, 120_000);

  it('pages in the order asked for, each page where the last one ended', async () => {
    const [first, second] = [(await rows({ limit: 500, sort: 'key' })).data, (await rows({ offset: 500, limit: 500, sort: 'key' })).data];
    expect(first.total).toBe(head.large?.issueCount);
    // BIG-1 is an epic: a summary task, so not a row (only work is scheduled).
    expect(first.rows.slice(0, 3).map((r) => r.key)).toEqual(['BIG-2', 'BIG-3', 'BIG-4']);
    const number = (key: string | undefined) => Number(key?.split('-')[1]);
    expect(number(second.rows[0]?.key)).toBeGreaterThan(number(first.rows.at(-1)?.key));
    expect(new Set([...first.rows, ...second.rows].map((r) => r.key)).size).toBe(1000);
    const total = first.total;
    const last = (await rows({ offset: total - 10, limit: 500, sort: 'key' })).data;
    expect(last.rows).toHaveLength(10);
    // Issues of other projects linked from BIG sort after it, in Jira's key order.
    expect(last.rows.every((r) => /^(DATA|MOB|OPS)-/.test(r.key))).toBe(true);
  }, 120_000);

  it('sorts on the server, descending slack first', async () => {
    const slack = (await rows({ limit: 300, sort: 'totalSlack', direction: 'descending' })).data.rows.map((r) => r.totalSlackDays);
    expect(slack).toEqual([...slack].sort((a, b) => b - a));
    expect(slack[0]).toBeGreaterThan(slack.at(-1) ?? Infinity);
  }, 60_000);

  it('filters on the server: critical work, an epic, a time window, text', async () => {
    const critical = (await rows({ limit: 500, filter: { criticalOnly: true } })).data;
    expect(critical.total).toBe(head.large?.criticalCount);
    expect(critical.rows.every((r) => r.critical)).toBe(true);
    const epic = (await rows({ limit: 500, filter: { epic: 'BIG-1' } })).data;
    // The epic's 40 issues; the epic itself is their summary task, not a row.
    expect(epic.rows.every((r) => r.parentKey === 'BIG-1')).toBe(true);
    expect(epic.total).toBe(40);
    const window = (await rows({ limit: 500, filter: { from: '2027-03-01', to: '2027-03-05' } })).data;
    expect(window.total).toBeGreaterThan(0);
    expect(window.rows.every((r) => r.earlyStart <= '2027-03-05' && r.earlyFinish >= '2027-03-01')).toBe(true);
    const text = (await rows({ filter: { text: 'big-4000' } })).data;
    expect(text.rows.map((r) => r.key)).toContain('BIG-4000');
  }, 120_000);
});
