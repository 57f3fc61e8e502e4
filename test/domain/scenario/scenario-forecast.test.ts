import fc from 'fast-check';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { scenarioForecast, scenarioIterations } from '../../../src/domain/scenario/scenario-forecast';
import { scenarioLaunch } from '../../../src/domain/scenario/scenario-launch';
import { scheduleForecast } from '../../../src/domain/forecast/schedule-forecast';
import { input, options, type Uncertain } from '../forecast/forecast-builder';

const settings = (overrides: Partial<ReturnType<typeof options>> = {}) => {
  const { targetDate: _t, maxRiskRuns: _m, ...rest } = options(overrides);
  return rest;
};

describe('scenarioForecast', () => {
  /**
   * Worked by hand on the test calendar (Monday 2025-01-06, Monday to Friday): A 3 days (Mon-Wed), then B 2 days
   * (Thu-Fri): with no spread every iteration finishes Friday 2025-01-10. B at 4 days runs Thu, Fri, Mon, Tue:
   * 2025-01-14, two working days later. By a launch on 2025-01-10 the live plan always makes it, the scenario never.
   */
  it('moves P50 and P80 by the edit and gives both chances by the launch date (no spread: worked by hand)', () => {
    const live: Uncertain[] = [{ key: 'A', days: 3 }, { key: 'B', days: 2, after: ['A'] }];
    const edited: Uncertain[] = [{ key: 'A', days: 3 }, { key: 'B', days: 4, after: ['A'] }];
    const f = scenarioForecast({ live: input(live), scenario: input(edited) }, { live: '2025-01-10', scenario: '2025-01-10' }, settings({ iterations: 500 }));
    expect(f.live).toEqual({ p50: '2025-01-10', p80: '2025-01-10', launch: '2025-01-10', chance: 1 });
    expect(f.scenario).toEqual({ p50: '2025-01-14', p80: '2025-01-14', launch: '2025-01-10', chance: 0 });
    expect([f.p50Days, f.p80Days, f.chanceChange]).toEqual([2, 2, -1]);
    expect(f.iterations).toBe(500);
    expect(f.samplingError).toBe(0.0438);
  });

  it('each side is the forecast tab\'s computation on its own plan, with the same settings and seed', () => {
    const live: Uncertain[] = [{ key: 'A', days: 3 }, { key: 'B', days: 2, after: ['A'] }, { key: 'C', days: 4 }];
    const edited: Uncertain[] = [{ key: 'A', days: 3 }, { key: 'B', days: 2, after: ['A'] }, { key: 'C', days: 4, after: ['B'] }];
    const opts = settings({ iterations: 1500, seed: 9, spread: { optimistic: 0.7, pessimistic: 1.8 } });
    const f = scenarioForecast({ live: input(live), scenario: input(edited) }, { live: '2025-01-15', scenario: '2025-01-15' }, opts);
    for (const [side, plan] of [[f.live, live], [f.scenario, edited]] as const) {
      const fresh = scheduleForecast(input(plan), { ...opts, targetDate: '2025-01-15', maxRiskRuns: 0 });
      expect(side).toEqual({ p50: fresh.percentiles.p50, p80: fresh.percentiles.p80, launch: '2025-01-15', chance: fresh.target?.probability ?? null });
    }
  });

  it('no edits: the two sides are identical, whatever the spread', () => {
    const plan: Uncertain[] = [{ key: 'A', days: 5 }, { key: 'B', days: 2, after: ['A'] }, { key: 'C', days: 6 }];
    const f = scenarioForecast({ live: input(plan), scenario: input(plan) }, { live: '2025-01-14', scenario: '2025-01-14' }, settings({ spread: { optimistic: 0.5, pessimistic: 2 } }));
    expect(f.scenario).toEqual(f.live);
    expect([f.p50Days, f.p80Days, f.chanceChange]).toEqual([0, 0, 0]);
  });

  it('on the same draws, a longer activity never brings P50 or P80 earlier nor raises the chance (common random numbers)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 2, maxLength: 6 }), fc.nat(5), fc.integer({ min: 1, max: 5 }), fc.nat(1000), (days, at, extra, seed) => {
        const plan = (longer: number): Uncertain[] => days.map((d, v) => ({ key: `N-${v}`, days: v === at % days.length ? d + longer : d, ...(v > 0 && v % 2 === 0 ? { after: [`N-${v - 1}`] } : {}) }));
        const f = scenarioForecast({ live: input(plan(0)), scenario: input(plan(extra)) }, { live: '2025-01-15', scenario: '2025-01-15' }, settings({ iterations: 300, seed, spread: { optimistic: 0.6, pessimistic: 1.9 } }));
        expect(f.p50Days).toBeGreaterThanOrEqual(0);
        expect(f.p80Days).toBeGreaterThanOrEqual(0);
        expect(f.chanceChange ?? 0).toBeLessThanOrEqual(0);
      }),
      { numRuns: 60 },
    );
  });

  it('a launch date already past gives no chance, and says which date it was', () => {
    const plan: Uncertain[] = [{ key: 'A', days: 3 }];
    const f = scenarioForecast({ live: input(plan), scenario: input(plan) }, { live: '2024-12-20', scenario: null }, settings({ iterations: 200 }));
    expect(f.live).toMatchObject({ launch: '2024-12-20', chance: null });
    expect(f.scenario).toMatchObject({ launch: null, chance: null });
    expect(f.chanceChange).toBeNull();
  });
});

describe('scenarioIterations', () => {
  it.each([
    [4300, 120, 150, 4300],
    [4300, 4000, 12000, 375],
    [4300, 10000, 30000, 200],
    [300, 100, 100, 300],
    // The floor would be some 27 s of a call's 25 s: the scenario is not forecast while you wait.
    [4300, 50000, 150000, null],
    [4300, 15000, 45000, 200],
  ])('%d asked with %d activities and %d links: %s', (wanted, activities, links, expected) => {
    expect(scenarioIterations(wanted, { activities, links })).toBe(expected);
  });
});

describe('scenarioLaunch', () => {
  const due = (dates: Record<string, string | null>) => (key: string) => (key in dates ? dates[key] : undefined);
  const sources = { launchIssueKey: 'PAY-150', milestoneKeys: ['PAY-7', 'PAY-9'] };

  it('follows an edited launch issue', () => {
    const live = { date: '2027-02-05', source: 'issue' as const, label: "PAY-150's due date" };
    expect(scenarioLaunch(live, sources, due({ 'PAY-150': '2027-03-01' }), '2026-11-16')).toEqual({ date: '2027-03-01', source: 'issue', label: "PAY-150's due date" });
    expect(scenarioLaunch(live, sources, due({}), '2026-11-16')).toBe(live);
  });

  it('follows the latest milestone\'s edited due date', () => {
    const live = { date: '2027-01-20', source: 'milestone' as const, label: "milestone PAY-9's due date" };
    expect(scenarioLaunch(live, sources, due({ 'PAY-7': '2027-02-10', 'PAY-9': '2027-01-20' }), '2026-11-16')?.date).toBe('2027-02-10');
  });

  it('keeps a version\'s release date or the settings\' date, and no launch stays none', () => {
    const version = { date: '2027-02-05', source: 'version' as const, label: "version 2.0's release date" };
    expect(scenarioLaunch(version, sources, due({ 'PAY-150': '2027-09-09' }), '2026-11-16')).toBe(version);
    expect(scenarioLaunch(null, sources, due({ 'PAY-150': '2027-09-09' }), '2026-11-16')).toBeNull();
  });
});
