import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { projectLevelling } from '../../../src/domain/levelling/project-levelling';
import { isOverAllocated } from '../../../src/domain/levelling/resource-load';
import { criticalPath } from '../../../src/domain/schedule/critical-path';
import { calendar, network } from '../schedule/network-builder';

// Worked by hand (DESIGN.md section 1, "Resource levelling"): Monday 2025-01-06, Mon-Fri, 8-hour days.
describe('resourceLoad', () => {
  it('Noor at 50% with three 2-day stories at once: 48 h asked of 20 h in week 1 (over-allocated); levelled, 16 h a week, as no story is split around Monday 13 off', () => {
    const { items, rules } = network([{ key: 'PAY-1', days: 2 }, { key: 'PAY-2', days: 2 }, { key: 'PAY-3', days: 2 }]);
    const work = items.map((i) => ({ ...i, assigneeId: 'noor', assigneeName: 'Noor' }));
    const schedule = criticalPath({ items: work, rules, calendar, duration: { source: 'originalEstimate', daysPerPoint: 1 }, nearCriticalDays: 0, includeEdges: true });
    const { load } = projectLevelling({ schedule, items: work, calendar, resources: { people: [{ accountId: 'noor', availabilityPercent: 50, timeOff: [{ from: '2025-01-13', to: '2025-01-13' }] }], pools: [] }, options: { method: 'priority' } });
    expect(load.weeks).toEqual(['2025-01-06', '2025-01-13', '2025-01-20']);
    const [row] = load.rows;
    expect(row?.resource).toBe('Noor');
    expect(row?.cells.map((c) => [c.capacityHours, c.cpmHours, c.levelledHours])).toEqual([
      // PAY-1 Mon-Thu; PAY-2 cannot start Friday (4 days at 4 h would cross Monday 13 off): Tue-Fri; PAY-3 Mon 20-Thu 23.
      [20, 48, 16],
      [16, 0, 16],
      [20, 0, 16],
    ]);
    expect(row?.cells[0]?.cpmIssues).toEqual(['PAY-1', 'PAY-2', 'PAY-3']);
    expect(row?.cells.map((c) => isOverAllocated(c.cpmHours, c.capacityHours))).toEqual([true, false, false]);
    expect(row?.cells.every((c) => !isOverAllocated(c.levelledHours, c.capacityHours))).toBe(true);
  });

  it('a pool of 2 has 80 h a week; unlimited work for it in CPM counts one person a day per issue', () => {
    const { items, rules } = network([{ key: 'PAY-1', days: 5 }, { key: 'PAY-2', days: 5 }, { key: 'PAY-3', days: 5 }]);
    const work = items.map((i) => ({ ...i, labels: ['pci'] }));
    const schedule = criticalPath({ items: work, rules, calendar, duration: { source: 'originalEstimate', daysPerPoint: 1 }, nearCriticalDays: 0, includeEdges: true });
    const { load } = projectLevelling({ schedule, items: work, calendar, resources: { people: [], pools: [{ name: 'pci', size: 2 }], poolOf: () => 'pci' }, options: { method: 'priority' } });
    expect(load.rows.map((r) => [r.resource, r.kind, r.cells.map((c) => [c.capacityHours, c.cpmHours, c.levelledHours])])).toEqual([['pci', 'pool', [[80, 120, 80], [80, 0, 40]]]]);
  });
});

describe('resourceLoad, the weeks shown', () => {
  it('start at the first week with load: done work of earlier weeks holds nobody', () => {
    const { items, rules } = network([{ key: 'PAY-1', days: 1 }, { key: 'PAY-2', days: 1, after: [['PAY-1', 'FS', 10]] }]);
    const work = items.map((i) => ({ ...i, assigneeId: i.key === 'PAY-2' ? 'noor' : null }));
    const schedule = criticalPath({ items: work, rules, calendar, duration: { source: 'originalEstimate', daysPerPoint: 1 }, nearCriticalDays: 0, includeEdges: true });
    const { load } = projectLevelling({ schedule, items: work, calendar, resources: { people: [], pools: [] }, options: { method: 'priority' } });
    // PAY-1 holds nobody (unassigned); PAY-2 runs on Tuesday 21 January, 10 working days after PAY-1's Monday 6.
    expect(load.weeks).toEqual(['2025-01-20']);
    expect(load.rows[0]?.cells.map((c) => c.cpmHours)).toEqual([8]);
  });
});
