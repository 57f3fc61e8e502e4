/**
 * Issue #11: one epic's `schedule/detail` from its stored group (schedule-groups.ts, schedule-groups-store.ts)
 * answers exactly what schedule-detail.ts gives over the whole schedule, for any filter naming an epic (a
 * fast-check property over random schedules, filters and budgets), and an epic of 5,000 issues is stored in
 * chunks under KVS's value limit and cut to the answer budget with the same `omitted` and `linksOut`.
 */
import { describe, it } from '@jest/globals';
import fc from 'fast-check';
import { expect } from '../../expect';
import { NO_EPIC_KEY, type ScheduleFilter, type ScheduleNode, type ScheduleResult } from '../../../src/contract';
import type { AnalysisKvs } from '../../../src/adapters/storage/analysis-store';
import { groupChunks, loadScheduleGroup, type ScheduleGroup } from '../../../src/adapters/storage/schedule-groups-store';
import { forgetWarmAnswers } from '../../../src/adapters/storage/warm-answers';
import { groupAnswers, scheduleGroups } from '../../../src/use-cases/schedule-views/schedule-groups';
import { scheduleDetail } from '../../../src/use-cases/schedule-views/schedule-detail';
import { edge, node } from './schedule-node-builder';

type Lists = Pick<ScheduleResult, 'nodes' | 'edges'>;
const at = (start: number, finish: number) => ({ offsets: { earlyStart: start, earlyFinish: finish, lateStart: start, lateFinish: finish }, earlyStart: `2026-12-${String(1 + (start % 28)).padStart(2, '0')}`, earlyFinish: `2026-12-${String(1 + (finish % 28)).padStart(2, '0')}` });
const groupIn = (schedule: Lists, epic: string): ScheduleGroup => scheduleGroups(schedule).find((g) => g.group === epic) ?? { group: epic, nodes: [], edges: [] };
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

// Epic PAY-1 (not a node: a summary task) holds PAY-2..PAY-6; PAY-10 is an epic that is a node, under the
// initiative PAY-90, with PAY-11 under it; PAY-20 is under PAY-999, a parent outside the scope; PAY-30, PAY-31
// and PLAT-1 are under no epic. Links run inside epics, across them, out of the project, and one to itself.
const demo: Lists = {
  nodes: [
    ...[2, 3, 4, 5, 6].map((n) => node(`PAY-${n}`, { parentKey: 'PAY-1', critical: n % 2 === 0, assignee: n === 3 ? { accountId: 'u1', displayName: 'Una' } : null, ...at(n, n + 2) })),
    node('PAY-10', { parentKey: 'PAY-90', ...at(1, 9) }),
    node('PAY-11', { parentKey: 'PAY-10', ...at(4, 5) }),
    node('PAY-20', { parentKey: 'PAY-999', ...at(5, 9) }),
    node('PAY-30', at(0, 1)),
    node('PAY-31', at(0, 1)),
    node('PLAT-1', { external: true, ...at(0, 3) }),
  ],
  edges: [edge('PAY-2', 'PAY-3'), edge('PAY-3', 'PAY-4'), edge('PAY-4', 'PAY-11'), edge('PLAT-1', 'PAY-2', { critical: true }), edge('PAY-30', 'PAY-30'), edge('PAY-11', 'PAY-20'), edge('PAY-5', 'PAY-6')],
};

describe('one epic of a stored schedule', () => {
  it('holds its nodes in the schedule order and every link touching them', () => {
    const groups = scheduleGroups(demo);
    expect(groups.map((g) => g.group)).toEqual([NO_EPIC_KEY, 'PAY-1', 'PAY-10', 'PAY-90', 'PAY-999']);
    expect(groupIn(demo, 'PAY-1').nodes.map((n) => n.key)).toEqual(['PAY-2', 'PAY-3', 'PAY-4', 'PAY-5', 'PAY-6']);
    expect(groupIn(demo, 'PAY-1').edges.map((e) => e.linkId)).toEqual(['PAY-2>PAY-3', 'PAY-3>PAY-4', 'PAY-4>PAY-11', 'PLAT-1>PAY-2', 'PAY-5>PAY-6']);
    // A link between two groups is in both; a link to itself once.
    expect(groupIn(demo, 'PAY-10').edges.map((e) => e.linkId)).toEqual(['PAY-4>PAY-11', 'PAY-11>PAY-20']);
    expect(groupIn(demo, NO_EPIC_KEY).edges.map((e) => e.linkId)).toEqual(['PLAT-1>PAY-2', 'PAY-30>PAY-30']);
  });

  it('answers what the whole schedule answers, for each group and a group nobody is in', () => {
    for (const epic of [NO_EPIC_KEY, 'PAY-1', 'PAY-10', 'PAY-90', 'PAY-999', 'PAY-404']) {
      for (const filter of [{ epic }, { epic, assignee: 'u1' }, { epic, criticalOnly: true }, { epic, text: 'pay-2' }]) {
        expect(scheduleDetail(groupIn(demo, epic), { filter }), `${JSON.stringify(filter)}`).toEqual(scheduleDetail(demo, { filter }));
        expect(scheduleDetail(groupIn(demo, epic), { filter }, 1500), `${JSON.stringify(filter)}, cut`).toEqual(scheduleDetail(demo, { filter }, 1500));
      }
    }
    expect(scheduleDetail(demo, { filter: { epic: 'PAY-1' } }, 1500).omitted).toBeGreaterThan(0);
  });

  it('answers any epic filter as the whole schedule does (property)', () => {
    const keys = Array.from({ length: 24 }, (_, i) => `K-${i + 1}`);
    const arbitraryNode = fc.record({ parent: fc.option(fc.constantFrom(...keys, 'K-99'), { nil: null }), start: fc.nat(20), length: fc.nat(6), critical: fc.boolean(), assignee: fc.option(fc.constantFrom('u1', 'u2'), { nil: null }), done: fc.boolean() });
    const filter = fc.record(
      { epic: fc.constantFrom(...keys, 'K-99', NO_EPIC_KEY), assignee: fc.constantFrom('u1', 'u2', '(unassigned)'), category: fc.constantFrom('done' as const, 'todo' as const), criticalOnly: fc.boolean(), text: fc.constantFrom('k-1', 'work'), from: fc.constantFrom('2026-12-05', '2026-12-12'), to: fc.constantFrom('2026-12-08', '2026-12-20') },
      { requiredKeys: ['epic'] },
    );
    fc.assert(
      fc.property(fc.array(arbitraryNode, { minLength: keys.length, maxLength: keys.length }), fc.array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...keys, 'OUT-1'))), filter, fc.integer({ min: 600, max: 30_000 }), (each, links, asked, budget) => {
        const nodes: ScheduleNode[] = each.map((n, i) => node(keys[i] ?? '', { parentKey: n.parent === keys[i] ? null : n.parent, critical: n.critical, statusCategory: n.done ? 'done' : 'todo', assignee: n.assignee === null ? null : { accountId: n.assignee, displayName: n.assignee }, ...at(n.start, n.start + n.length) }));
        const schedule: Lists = { nodes, edges: links.map(([from, to], i) => edge(from, to, { linkId: `L${i}` })) };
        const request = { filter: asked as ScheduleFilter & { epic: string } };
        expect(groupAnswers(request)).toBe(true);
        expect(scheduleDetail(roundTrip(groupIn(schedule, request.filter.epic)), request, budget)).toEqual(scheduleDetail(schedule, request, budget));
      }),
      { numRuns: 300 },
    );
  });

  it('is not asked for with a focus or without an epic', () => {
    expect(groupAnswers({ focus: 'PAY-2', filter: { epic: 'PAY-1' } })).toBe(false);
    expect(groupAnswers({ filter: {} })).toBe(false);
  });
});

describe('the stored groups', () => {
  function memoryKvs(): AnalysisKvs & { values: Map<string, unknown> } {
    const values = new Map<string, unknown>();
    return { values, get: (key) => Promise.resolve(values.get(key)), set: (key, value) => Promise.resolve(void values.set(key, value)), delete: (key) => Promise.resolve(void values.delete(key)) };
  }
  const store = (groups: ScheduleGroup[]) => {
    const kvs = memoryKvs();
    const made = groupChunks(groups, (chunks) => chunks);
    for (const chunk of made.parts.flat()) kvs.values.set(`schedule-analysis:BIG:c:${chunk.hash}`, chunk.text);
    return { kvs, made };
  };

  it('read back an epic of 5,000 issues from chunks under the value limit, and cut it as the whole read does', async () => {
    const stories = Array.from({ length: 5000 }, (_, i) => node(`BIG-${i + 2}`, { parentKey: 'BIG-1', ...at(i % 40, (i % 40) + 3) }));
    const others = Array.from({ length: 300 }, (_, i) => node(`BIG-${i + 6000}`, { parentKey: `BIG-${5900 + Math.floor(i / 30)}`, ...at(i % 9, 10) }));
    const edges = [...stories.slice(1).map((s, i) => edge(stories[i]?.key ?? '', s.key)), ...others.slice(0, 50).map((o, i) => edge(stories[i * 7]?.key ?? '', o.key))];
    const whole: Lists = { nodes: [...stories, ...others], edges };
    const { kvs, made } = store(scheduleGroups(whole));
    expect(made.parts.length).toBeGreaterThan(1);
    for (const value of kvs.values.values()) expect(Buffer.byteLength(JSON.stringify(value)), 'a stored value').toBeLessThanOrEqual(240 * 1024);
    const epic = await loadScheduleGroup(kvs, 'BIG', roundTrip(made.directory), 'BIG-1');
    expect(epic?.nodes).toHaveLength(5000);
    const request = { filter: { epic: 'BIG-1' } };
    const detail = scheduleDetail(epic ?? { nodes: [], edges: [] }, request);
    expect(detail).toEqual(scheduleDetail(whole, request));
    expect(detail.omitted).toBeGreaterThan(0);
    expect(detail.linksOut).toBeGreaterThan(50);
    // A small epic shares its part with others; one nobody is in reads nothing.
    expect(scheduleDetail((await loadScheduleGroup(kvs, 'BIG', made.directory, 'BIG-5901')) ?? { nodes: [], edges: [] }, { filter: { epic: 'BIG-5901' } })).toEqual(scheduleDetail(whole, { filter: { epic: 'BIG-5901' } }));
    const reads: string[] = [];
    const counting = { ...kvs, get: (key: string) => (reads.push(key), kvs.get(key)) };
    expect(await loadScheduleGroup(counting, 'BIG', made.directory, 'BIG-404')).toEqual({ group: 'BIG-404', nodes: [], edges: [] });
    expect(reads).toEqual([]);
  });

  it('answer nothing when a chunk is gone (the generation was replaced), so the caller reads the whole', async () => {
    const { kvs, made } = store(scheduleGroups(demo));
    forgetWarmAnswers();
    kvs.values.clear();
    expect(await loadScheduleGroup(kvs, 'BIG', made.directory, 'PAY-1')).toBeNull();
  });
});
