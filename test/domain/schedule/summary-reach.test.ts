/** A summary task's reach: its activities, the outside issues their links reach, the links of those a panel lists. */
import { describe, it } from '@jest/globals';
import fc from 'fast-check';
import { expect } from '../../expect';
import { SUMMARY_ACTIVITIES_SHOWN, summaryReach } from '../../../src/domain/schedule/summary-reach';

type Item = { key: string; parentKey: string | null; external: boolean };
type Link = { linkId: string; from: string; to: string };
const item = (key: string, parentKey: string | null, external = false): Item => ({ key, parentKey, external });
const link = (linkId: string, from: string, to: string): Link => ({ linkId, from, to });

/** The reference: each summary on its own, by the definitions (every activity's chain of parents; every link). */
function naive(schedule: { nodes: Item[]; summaries: { key: string; parentKey: string | null }[]; edges: Link[] }, key: string) {
  const parentOf = new Map<string, string | null>([...schedule.summaries, ...schedule.nodes].map((n) => [n.key, n.parentKey]));
  const under = (start: string | null): boolean => {
    const seen = new Set<string>();
    for (let k = start; k !== null && !seen.has(k); k = parentOf.get(k) ?? null) {
      if (k === key) return true;
      seen.add(k);
    }
    return false;
  };
  const activityKeys = schedule.nodes.filter((n) => !n.external && under(n.parentKey)).map((n) => n.key);
  const inside = new Set(activityKeys);
  const shown = new Set(activityKeys.slice(0, SUMMARY_ACTIVITIES_SHOWN));
  const crossing = schedule.edges.filter((e) => inside.has(e.from) !== inside.has(e.to));
  const outside = [...new Map(crossing.map((e) => (inside.has(e.from) ? e.to : e.from)).map((far, i) => [`${crossing[i]?.linkId ?? ''}:${far}`, { linkId: crossing[i]?.linkId ?? '', key: far }])).values()];
  return { activityKeys, outside, links: crossing.filter((e) => shown.has(inside.has(e.from) ? e.from : e.to)) };
}

describe('summaryReach', () => {
  it('is empty for a schedule without summary tasks', () => {
    expect(summaryReach({ nodes: [], edges: [] }).size).toBe(0);
    expect(summaryReach({ nodes: [item('A-1', null)], summaries: [], edges: [link('1', 'A-1', 'A-1')] }).size).toBe(0);
  });

  it('reaches through a story to its sub-tasks, and counts a link into a parent once per outside issue', () => {
    // Epic E > story S > sub-tasks A, B; task C under E; X (outside) blocks S (link 7, drawn to A and B); C blocks Y.
    const schedule = {
      nodes: [item('A', 'S'), item('B', 'S'), item('C', 'E'), item('X', null), item('Y', null, true)],
      summaries: [item('E', null), item('S', 'E')],
      edges: [link('7', 'X', 'A'), link('7', 'X', 'B'), link('8', 'A', 'B'), link('9', 'C', 'Y'), link('10', 'C', 'A')],
    };
    const reach = summaryReach(schedule);
    expect(reach.get('E')).toEqual({
      activityKeys: ['A', 'B', 'C'],
      outside: [
        { linkId: '7', key: 'X' },
        { linkId: '9', key: 'Y' },
      ],
      links: [link('7', 'X', 'A'), link('7', 'X', 'B'), link('9', 'C', 'Y')],
    });
    // Inside S, C is outside: link 10 crosses it.
    expect(reach.get('S')?.outside).toEqual([
      { linkId: '7', key: 'X' },
      { linkId: '10', key: 'C' },
    ]);
    expect([...summaryReach(schedule, new Set(['S'])).keys()], 'only the summaries asked for').toEqual(['S']);
  });

  it('leaves out external nodes, and stops a chain of parents that loops', () => {
    const schedule = { nodes: [item('A', 'P'), item('B', 'P', true)], summaries: [item('P', 'Q'), item('Q', 'P')], edges: [] };
    expect(summaryReach(schedule).get('P')?.activityKeys).toEqual(['A']);
    expect(summaryReach(schedule).get('Q')?.activityKeys).toEqual(['A']);
  });

  it('keeps the links of the first activities a panel lists only, but every outside issue', () => {
    const nodes = Array.from({ length: SUMMARY_ACTIVITIES_SHOWN + 5 }, (_, i) => item(`A-${i}`, 'E'));
    const edges = nodes.map((n, i) => link(String(i), n.key, `X-${i}`));
    const reach = summaryReach({ nodes, summaries: [item('E', null)], edges }).get('E');
    expect(reach?.links).toHaveLength(SUMMARY_ACTIVITIES_SHOWN);
    expect(reach?.outside).toHaveLength(SUMMARY_ACTIVITIES_SHOWN + 5);
  });

  it('equals each summary task worked out on its own (property)', () => {
    const keys = ['K-1', 'K-2', 'K-3', 'K-4', 'K-5', 'K-6', 'K-7', 'K-8', 'K-9', 'K-10'];
    const arbitrary = fc.record({
      roles: fc.array(fc.record({ summary: fc.boolean(), parent: fc.option(fc.constantFrom(...keys), { nil: null }), external: fc.boolean() }), { minLength: keys.length, maxLength: keys.length }),
      edges: fc.array(fc.record({ id: fc.integer({ min: 1, max: 6 }), from: fc.constantFrom(...keys, 'OUT-1'), to: fc.constantFrom(...keys, 'OUT-2') }), { maxLength: 25 }),
    });
    fc.assert(
      fc.property(arbitrary, ({ roles, edges }) => {
        const all = keys.map((key, i) => ({ key, role: roles[i] ?? { summary: false, parent: null, external: false } }));
        const schedule = {
          nodes: all.filter((a) => !a.role.summary).map((a) => item(a.key, a.role.parent, a.role.external)),
          summaries: all.filter((a) => a.role.summary).map((a) => ({ key: a.key, parentKey: a.role.parent })),
          edges: edges.map((e) => link(String(e.id), e.from, e.to)),
        };
        const reach = summaryReach(schedule);
        for (const s of schedule.summaries) expect(reach.get(s.key), s.key).toEqual(naive(schedule, s.key));
      }),
      { numRuns: 300 },
    );
  });
});
