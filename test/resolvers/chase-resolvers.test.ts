/**
 * `chase/get`, `hidden/get` and the parts `schedule/get` gained for them (issue #16 items 4 and 5), end to end on
 * the demo site: Priya sees the whole plan, Aiko neither PLAT nor the "Staff only" security level.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ChaseResult, HiddenWorkResult, ScheduleResult } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { projectPageContext } from '../sandbox/forge/module-context';
import { demoApp } from './demo-app';

const demo = demoApp();
let runtime: ForgeRuntime;
const page = projectPageContext(demo.snapshot, 'PAY');

beforeAll(async () => {
  ({ runtime } = await demo.start());
}, 60_000);

afterAll(() => runtime.uninstall());

describe('chase/get', () => {
  it('answers the list schedule/get carries, every entry with its reasons, most pressing first', async () => {
    const chase = await demo.call<ChaseResult>('chase/get', { projectKey: 'PAY' }, 'Priya', page);
    const schedule = await demo.call<ScheduleResult>('schedule/get', { projectKey: 'PAY' }, 'Priya', page);
    expect(chase.computing).toBe(false);
    expect(chase.chase).toEqual(schedule.chase);
    expect(chase.chase.total).toBeGreaterThan(0);
    expect(chase.chase.entries.every((e) => e.reasons.length > 0)).toBe(true);
    const byKey = new Map(schedule.nodes.map((n) => [n.key, n]));
    for (const e of chase.chase.entries) {
      const node = byKey.get(e.key);
      expect(node).toBeDefined();
      if (e.reasons.some((r) => r.kind === 'late' || r.kind === 'blocked')) expect(node?.critical || node?.nearCritical).toBe(true);
      if (e.reasons.some((r) => r.kind === 'predecessor-due')) expect(node?.statusCategory).toBe('todo');
    }
    expect(chase.chase.weekEnd > chase.chase.asOf).toBe(true);
  }, 60_000);
});

describe('hidden/get', () => {
  it('tells Priya of the one link into SEC, which not even she may browse, and of no hidden issue', async () => {
    const answer = await demo.call<HiddenWorkResult>('hidden/get', { projectKey: 'PAY' }, 'Priya', page);
    expect(answer).toEqual({ projectKey: 'PAY', checked: true, hidden: { issues: 0, links: 1, affectedKeys: ['PAY-68'], affectedCount: 1, parentsWithHiddenChildren: 0 } });
    // The schedule computed as the viewer counts links, not issues (null: not counted there).
    const schedule = await demo.call<ScheduleResult>('schedule/get', { projectKey: 'PAY' }, 'Priya', page);
    expect(schedule.hidden).toEqual({ ...answer.hidden, issues: null });
  }, 60_000);

  it('counts what Aiko cannot see, naming only issues she can', async () => {
    const answer = await demo.call<HiddenWorkResult>('hidden/get', { projectKey: 'PAY' }, 'Aiko', page);
    const schedule = await demo.call<ScheduleResult>('schedule/get', { projectKey: 'PAY' }, 'Aiko', page);
    expect(answer.checked).toBe(true);
    expect(answer.hidden?.links).toBeGreaterThan(0);
    // The eight PAY issues under "Staff only" (overview.test.ts counts them the same way).
    expect(answer.hidden?.issues).toBe(8);
    const keys = (s: ScheduleResult) => [...s.nodes, ...(s.summaries ?? [])].map((n) => n.key);
    const seen = new Set(keys(schedule));
    const hiddenFromAiko = keys(await demo.call<ScheduleResult>('schedule/get', { projectKey: 'PAY' }, 'Priya', page)).filter((k) => !seen.has(k));
    expect(hiddenFromAiko.length).toBeGreaterThan(0);
    expect(answer.hidden?.affectedKeys.filter((k) => hiddenFromAiko.includes(k))).toEqual([]);
    expect(answer.hidden?.affectedCount).toBeGreaterThan(1);
    // The schedule's own part counts the same links and marks the same issues.
    expect(schedule.hidden?.links).toBe(answer.hidden?.links);
    expect(schedule.hidden?.affectedKeys).toEqual(answer.hidden?.affectedKeys);
  }, 60_000);
});
