/**
 * Property (issue #17, "every edit's effect equals a fresh computation on the edited plan"): on random plans,
 * random edits give the same schedule as the critical path computed afresh on a plan built with those edits
 * already made, and the difference lists exactly the activities whose early dates differ between the two fresh
 * schedules, and exactly the critical-path changes.
 */
import fc from 'fast-check';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { ScenarioEdit } from '../../../src/domain/scenario/scenario-edit';
import { scenarioOutcome } from '../../../src/domain/scenario/scenario-outcome';
import type { WorkItem } from '../../../src/domain/work-item';
import { item, link } from '../work-item-builder';
import { context, run } from './scenario-plan-builder';

const DAY = 8 * 3600;
const key = (v: number): string => `P-${v}`;

interface RandomPlan {
  durations: number[];
  links: { from: number; to: number }[];
}

type RandomEdit =
  | { kind: 'duration'; v: number; days: number }
  | { kind: 'lag'; l: number; days: number }
  | { kind: 'add'; from: number; to: number }
  | { kind: 'remove'; l: number }
  | { kind: 'target'; v: number; day: number };

const plans = fc.integer({ min: 2, max: 12 }).chain((n) =>
  fc.record({
    durations: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: n, maxLength: n }),
    links: fc.array(fc.record({ from: fc.nat(n - 1), to: fc.nat(n - 1) }).filter((l) => l.from !== l.to), { maxLength: 2 * n }),
    edits: fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('duration' as const), v: fc.nat(n - 1), days: fc.integer({ min: 0, max: 10 }) }),
        fc.record({ kind: fc.constant('lag' as const), l: fc.nat(3 * n), days: fc.integer({ min: -2, max: 4 }) }),
        fc.record({ kind: fc.constant('add' as const), from: fc.nat(n - 1), to: fc.nat(n - 1) }).filter((e) => e.from !== e.to),
        fc.record({ kind: fc.constant('remove' as const), l: fc.nat(3 * n) }),
        fc.record({ kind: fc.constant('target' as const), v: fc.nat(n - 1), day: fc.integer({ min: 0, max: 30 }) }),
      ),
      { maxLength: 8 },
    ),
  }),
);

/** The plan as Jira would hold it: link i has id String(i + 1), carried by both ends. */
function itemsOf(p: RandomPlan, dueDates: Map<number, string> = new Map()): WorkItem[] {
  const items = p.durations.map((d, v) => item(key(v), { originalEstimateSeconds: d * DAY, dueDate: dueDates.get(v) ?? null }));
  p.links.forEach((l, i) => {
    items[l.from]?.links.push(link(String(i + 1), 'Blocks', 'outward', key(l.to)));
    items[l.to]?.links.push(link(String(i + 1), 'Blocks', 'inward', key(l.from)));
  });
  return items;
}

/** The scenario's edits, and the plan built directly with them made (the independent computation). */
function editsAndExpected(p: RandomPlan, random: RandomEdit[]): { edits: ScenarioEdit[]; expected: WorkItem[]; lags: Map<string, number> } {
  const durations = [...p.durations];
  const links = p.links.map((l, i) => ({ ...l, id: String(i + 1) }));
  const due = new Map<number, string>();
  const lags = new Map<string, number>();
  const edits: ScenarioEdit[] = [];
  random.forEach((e, index) => {
    const linkAt = (l: number) => links[l % Math.max(1, links.length)];
    switch (e.kind) {
      case 'duration':
        durations[e.v] = e.days;
        edits.push({ kind: 'duration', key: key(e.v), days: e.days });
        return;
      case 'target': {
        const date = context.calendar.dateOf(e.day);
        due.set(e.v, date);
        edits.push({ kind: 'target', key: key(e.v), date });
        return;
      }
      case 'add':
        links.push({ from: e.from, to: e.to, id: `scenario-${index + 1}` });
        edits.push({ kind: 'addDependency', fromKey: key(e.from), toKey: key(e.to), linkType: 'Blocks' });
        return;
      case 'lag': {
        const l = linkAt(e.l);
        // A link no longer there is refused: the expected plan is unchanged.
        edits.push({ kind: 'lag', linkId: l?.id ?? 'none', days: e.days, fromKey: key(l?.from ?? 0), toKey: key(l?.to ?? 0) });
        if (l) lags.set(l.id, e.days);
        return;
      }
      case 'remove': {
        const l = linkAt(e.l);
        edits.push({ kind: 'removeDependency', linkId: l?.id ?? 'none', fromKey: key(l?.from ?? 0), toKey: key(l?.to ?? 0) });
        if (l) {
          links.splice(links.indexOf(l), 1);
          lags.delete(l.id);
        }
        return;
      }
    }
  });
  const expected = durations.map((d, v) => item(key(v), { originalEstimateSeconds: d * DAY, dueDate: due.get(v) ?? null }));
  for (const l of links) {
    expected[l.from]?.links.push(link(l.id, 'Blocks', 'outward', key(l.to)));
    expected[l.to]?.links.push(link(l.id, 'Blocks', 'inward', key(l.from)));
  }
  return { edits, expected, lags };
}

describe('scenario properties', () => {
  it('every edit gives the schedule a fresh computation on the edited plan gives, and the difference between the two fresh schedules', () => {
    fc.assert(
      fc.property(plans, (p) => {
        const live = itemsOf(p);
        const { edits, expected, lags } = editsAndExpected(p, p.edits);
        const outcome = scenarioOutcome({ items: live, outside: [] }, edits, context, run);
        const freshLive = run.schedule({ items: live, outside: [] }, new Map());
        const fresh = run.schedule({ items: expected, outside: [] }, lags);
        expect(outcome.problems.filter((x) => x.kind !== 'missingLink')).toEqual([]);
        expect(outcome.scenario.items).toEqual(fresh.items);
        expect(outcome.scenario.cycles).toEqual(fresh.cycles);
        expect(outcome.diff.finish.scenario).toBe(fresh.projectFinishDate);
        const movedKeys = Object.keys(fresh.items).filter((k) => fresh.items[k]?.earlyStart !== freshLive.items[k]?.earlyStart || fresh.items[k]?.earlyFinish !== freshLive.items[k]?.earlyFinish);
        expect(outcome.diff.moved.map((m) => m.key).sort()).toEqual(movedKeys.sort());
        expect(outcome.diff.criticalIn).toEqual(fresh.criticalKeys.filter((k) => !freshLive.criticalKeys.includes(k)));
        expect(outcome.diff.criticalOut).toEqual(freshLive.criticalKeys.filter((k) => !fresh.criticalKeys.includes(k)));
        for (const m of outcome.diff.moved) if (m.because) expect(m.because.via.at(-1)).toBe(m.key);
      }),
      { numRuns: 300, endOnFailure: true },
    );
  });
});
