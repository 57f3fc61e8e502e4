import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { milestoneChanges } from '../../../src/domain/scenario/milestone-changes';
import { scenarioOutcome } from '../../../src/domain/scenario/scenario-outcome';
import { item, link } from '../work-item-builder';
import { context, run } from './scenario-plan-builder';

const DAY = 8 * 3600;

/** A(2d) -> M (a milestone, no time) -> B(1d), from Monday 2025-01-06: M falls on A's last day, Tuesday 2025-01-07. */
const plan = () => ({
  items: [
    item('P-1', { originalEstimateSeconds: 2 * DAY, links: [link('1', 'Blocks', 'outward', 'P-2')] }),
    item('P-2', { originalEstimateSeconds: 0, dueDate: '2025-01-08', links: [link('1', 'Blocks', 'inward', 'P-1'), link('2', 'Blocks', 'outward', 'P-3')] }),
    item('P-3', { originalEstimateSeconds: 1 * DAY, links: [link('2', 'Blocks', 'inward', 'P-2')] }),
  ],
  outside: [],
});

describe('milestoneChanges', () => {
  it('gives each milestone\'s finish live and in the scenario, the working days it moved, and its edited target', () => {
    const outcome = scenarioOutcome(plan(), [{ kind: 'duration', key: 'P-1', days: 5 }, { kind: 'target', key: 'P-2', date: '2025-01-15' }], context, run);
    const due = new Map(outcome.edited.items.map((i) => [i.key, i.dueDate]));
    const changes = milestoneChanges(['P-2', 'P-404'], outcome, (key) => due.get(key) ?? null);
    expect(changes).toEqual([{ key: 'P-2', live: '2025-01-07', scenario: '2025-01-10', days: 3, target: '2025-01-15' }]);
  });
});
