import fc from 'fast-check';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { DependencyKind } from '../../../src/domain/dependency-rule';
import { criticalPath } from '../../../src/domain/schedule/critical-path';
import type { ForecastRisk } from '../../../src/domain/forecast/risk-strikes';
import { item } from '../work-item-builder';
import { forecast, input, numbersIn, options, type Uncertain } from './forecast-builder';
import { scheduleForecast } from '../../../src/domain/forecast/schedule-forecast';

const risk = (key: string, overrides: Partial<ForecastRisk> = {}): ForecastRisk => ({
  key,
  statusCategory: 'todo',
  category: null,
  probability: 3,
  impact: 3,
  scheduleImpactDays: null,
  linkedKeys: [],
  ...overrides,
});
const chain: Uncertain[] = [{ key: 'A', days: 3 }, { key: 'B', days: 2, after: ['A'] }];

describe('scheduleForecast: the same CPM on every iteration', () => {
  it('with zero spread, agrees with criticalPath on random networks of every kind and lag, done work and work under way', () => {
    const net = fc.integer({ min: 1, max: 15 }).chain((n) =>
      fc.record({
        days: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }),
        done: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        edges: fc.array(
          fc.record({ a: fc.nat(n - 1), b: fc.nat(n - 1), kind: fc.constantFrom<DependencyKind>('FS', 'SS', 'FF', 'SF'), lag: fc.integer({ min: -2, max: 3 }) }),
          { maxLength: 3 * n },
        ),
      }),
    );
    fc.assert(
      fc.property(net, ({ days, done, edges }) => {
        const acts: Uncertain[] = days.map((d, v) => ({
          key: `N-${v}`,
          days: d,
          after: edges.filter((e) => e.a !== e.b && Math.max(e.a, e.b) === v).map((e): [string, DependencyKind, number] => [`N-${Math.min(e.a, e.b)}`, e.kind, e.lag]),
        }));
        const actuals = new Map(days.flatMap((d, v) => (done[v] === true ? [[`N-${v}`, { start: v, finish: v + d }] as const] : [])));
        const built = input(acts, { actuals, notBefore: new Map([['N-0', 2]]), remaining: new Map([['N-1', 1]]) });
        const cpm = criticalPath(built);
        const result = scheduleForecast(built, options({ iterations: 100 }));
        expect(result.percentiles.p90).toBe(cpm.projectFinishDate);
        expect(result.percentiles.p10).toBe(cpm.projectFinishDate);
        for (const i of result.issues) expect(i.criticality, i.key).toBe(cpm.items[i.key]?.critical === true ? 1 : 0);
      }),
      { numRuns: 150 },
    );
  });

  it('is reproducible: the same seed gives the same forecast, another seed another', () => {
    const net: Uncertain[] = [{ key: 'A', days: 3 }, { key: 'B', days: 2, after: ['A'] }, { key: 'C', days: 4 }];
    const spread = { optimistic: 0.8, pessimistic: 2 };
    expect(forecast(net, { spread, seed: 5 })).toEqual(forecast(net, { spread, seed: 5 }));
    expect(forecast(net, { spread, seed: 5, iterations: 200 }).histogram).not.toEqual(forecast(net, { spread, seed: 6, iterations: 200 }).histogram);
  });

  it('keeps done work at its actual dates and gives it no spread', () => {
    const result = forecast(chain, { spread: { optimistic: 0.5, pessimistic: 3 } }, { actuals: new Map([['A', { start: 0, finish: 3 }]]) });
    expect(result.issues.map((i) => i.key)).toEqual(['B']);
    expect(result.basis.counts).toEqual({ fixed: 1, threePoint: 0, calibrated: 0, defaultSpread: 1 });
    // B is 2 days after day 3, spread 1 to 6: the finish's last day is between day 3 (Thu 9 Jan) and day 8.
    expect(result.percentiles.p10 >= '2025-01-09').toBe(true);
    expect(result.percentiles.p90 <= '2025-01-16').toBe(true);
  });
});

describe('scheduleForecast: the scope\'s own estimating record', () => {
  const doneItems = (type: string, count: number, ratio: number) =>
    Array.from({ length: count }, (_, k) => item(`D-${type}-${k}`, { type, statusCategory: 'done', resolutionDate: '2025-01-03', originalEstimateSeconds: 8 * 3600, timeSpentSeconds: 8 * 3600 * ratio }));

  it('resamples actual over estimated effort, per issue type when the type has enough done issues', () => {
    // Ten done Bugs took twice their estimate, ten done Tasks what they said: the open Bug A of 2 days takes 4 and
    // the open Task B of 3 days takes 3; in parallel they finish after max(4, 3) = 4 working days, later than the CPM's 3.
    const built = input([{ key: 'A', days: 2 }, { key: 'B', days: 3 }]);
    const items = [...built.items.map((i) => (i.key === 'A' ? { ...i, type: 'Bug' } : i)), ...doneItems('Bug', 10, 2), ...doneItems('Task', 10, 1)];
    const result = scheduleForecast({ ...built, items, actuals: new Map(items.filter((i) => i.statusCategory === 'done').map((i) => [i.key, { start: -1, finish: 0 }])) }, options());
    expect(result.basis.calibration).toEqual({
      issueCount: 20,
      groups: [
        { label: 'all issue types', issues: 20, meanRatio: 1.5 },
        // Every done issue was estimated at 1 day; A (2 days) and B (3 days) are in the next band, which has none.
        { label: 'estimates up to 1 day', issues: 20, meanRatio: 1.5 },
        { label: 'Bug', issues: 10, meanRatio: 2 },
        { label: 'Task', issues: 10, meanRatio: 1 },
      ],
    });
    expect(result.basis.counts.calibrated).toBe(2);
    // A: 2 days x 2 = days 0-4, last day 3 = Thursday 2025-01-09.
    expect(result.percentiles).toEqual({ p10: '2025-01-09', p50: '2025-01-09', p80: '2025-01-09', p90: '2025-01-09' });
    expect(result.cpmLikelihood).toBe(0);
  });

  it('resamples from the size band of the estimate first, when the band has enough done issues', () => {
    // Ten done 1-day Tasks took twice their estimate, ten done 5-day Tasks what they said: the open 1-day Task A
    // draws from the small band (2 days), the open 5-day Task B from the 3-to-10-day band (5 days), although the
    // type's own pool (mean 1.5x) would give both a spread.
    const sized = (key: string, days: number, ratio: number) =>
      item(key, { type: 'Task', statusCategory: 'done', resolutionDate: '2025-01-03', originalEstimateSeconds: days * 8 * 3600, timeSpentSeconds: days * 8 * 3600 * ratio });
    const built = input([{ key: 'A', days: 1 }, { key: 'B', days: 5, after: ['A'] }]);
    const done = [...Array.from({ length: 10 }, (_, k) => sized(`S-${k}`, 1, 2)), ...Array.from({ length: 10 }, (_, k) => sized(`L-${k}`, 5, 1))];
    const items = [...built.items, ...done];
    const result = scheduleForecast({ ...built, items, actuals: new Map(done.map((i) => [i.key, { start: -1, finish: 0 }])) }, options());
    expect(result.basis.calibration.groups.map((g) => [g.label, g.issues, g.meanRatio])).toEqual([
      ['all issue types', 20, 1.5],
      ['estimates up to 1 day', 10, 2],
      ['estimates over 3 and up to 10 days', 10, 1],
      ['Task', 20, 1.5],
    ]);
    // A takes 2 days (0-2), B 5 (2-7): last day offset 6 = Tuesday 2025-01-14, every iteration.
    expect(result.percentiles).toEqual({ p10: '2025-01-14', p50: '2025-01-14', p80: '2025-01-14', p90: '2025-01-14' });
  });

  it('says when too few done issues calibrate it and takes the default spread', () => {
    const result = forecast(chain, { spread: { optimistic: 0.9, pessimistic: 1.5 } });
    expect(result.findings.map((f) => f.kind)).toEqual(['calibration-too-few']);
    expect(result.findings[0]?.title).toBe('Only 0 done issues with an estimate and time logged: too few to calibrate (10 needed)');
    expect(result.basis.counts.defaultSpread).toBe(2);
  });
});

describe('scheduleForecast: risks from the register', () => {
  it('lets risks of one category strike together when correlated', () => {
    const net: Uncertain[] = [{ key: 'A', days: 3 }, { key: 'B', days: 3 }];
    const risks = [risk('R-1', { category: 'Vendor', linkedKeys: ['A'] }), risk('R-2', { category: 'Vendor', linkedKeys: ['B'] })];
    const mapping = { ...options().riskMapping };
    const together = forecast(net, { risks, riskMapping: { ...mapping, correlateBy: 'category' } });
    const apart = forecast(net, { risks, riskMapping: { ...mapping, correlateBy: 'none' } });
    // Each strikes with p 0.5 (rating 3) and adds 5 days (impact 3). Together, the finish is late in half the
    // iterations; apart, whenever either strikes: 1 - 0.5² = 75%.
    const late = (f: typeof together) => 1 - (f.histogram.find((b) => b.from === '2025-01-08')?.cumulative ?? 0);
    expect(Math.abs(late(together) - 0.5)).toBeLessThan(0.03);
    expect(Math.abs(late(apart) - 0.75)).toBeLessThan(0.03);
    expect(together.risks.map((r) => r.struckShare)).toEqual([together.risks[0]?.struckShare, together.risks[0]?.struckShare]);
  });

  it('adds nothing for a closed risk or one linked to done work only, and names the latter', () => {
    const result = forecast(chain, { risks: [risk('R-1', { linkedKeys: ['A', 'X-9'] }), risk('R-2', { statusCategory: 'done', linkedKeys: ['B'] })] }, { actuals: new Map([['A', { start: 0, finish: 3 }]]) });
    expect(result.risks).toEqual([]);
    expect(result.findings.find((f) => f.kind === 'risk-no-open-work')?.issueKeys).toEqual(['R-1']);
  });

  it('adds a risk to every open issue it is linked to, its treatments too (as the register reads linked work)', () => {
    const result = forecast(chain, { risks: [risk('R-1', { probability: 5, impact: 1, linkedKeys: ['A', 'B'] })] }); // B is its treatment in Jira; the register counts it as linked work too
    // p 0.9, 1 day on each of A and B: the chain's 5 days become 7 when it strikes.
    expect(result.risks[0]?.issueKeys).toEqual(['A', 'B']);
    expect(result.percentiles.p80).toBe('2025-01-14');
  });
});

describe('scheduleForecast: bad input gives findings with what was assumed, never NaN', () => {
  it('reads swapped and out-of-range three-point estimates, odd risk ratings, money impacts and a past target', () => {
    const net: Uncertain[] = [
      { key: 'A', days: 3, threePoint: { optimistic: 8, mostLikely: 5, pessimistic: 3 } },
      { key: 'B', days: 2, after: ['A'], threePoint: { optimistic: 2, mostLikely: 9, pessimistic: 6 } },
      { key: 'C', days: 2, threePoint: { optimistic: 1, mostLikely: null, pessimistic: 4 } },
    ];
    const rated = forecast(net, { risks: [risk('R-1', { probability: 7, linkedKeys: ['A'] })], targetDate: '2024-12-31' });
    const kinds = rated.findings.map((f) => f.kind).sort();
    expect(kinds).toEqual(['calibration-too-few', 'risk-probability-range', 'target-in-past', 'three-point-incomplete', 'three-point-mode', 'three-point-order']);
    expect(rated.findings.find((f) => f.kind === 'three-point-order')?.issueKeys).toEqual(['A']);
    expect(rated.findings.find((f) => f.kind === 'three-point-mode')?.issueKeys).toEqual(['B']);
    expect(rated.risks[0]?.probability).toBe(0.9); // a 7 is read as a 5
    expect(rated.target).toBeNull();
    // A 3-8 then B 2-6 (mode 6): the finish lies between 5 and 14 working days.
    expect(rated.percentiles.p10 >= '2025-01-10').toBe(true);

    const money = forecast(chain, {
      risks: [risk('R-2', { probability: 120, impact: 50000, linkedKeys: ['B'] }), risk('R-3', { probability: 40, impact: 1000, scheduleImpactDays: 2, linkedKeys: ['B'] })],
      riskMapping: { ...options().riskMapping, scale: 'percentAndMoney' },
      targetDate: '2025-02-30',
    });
    expect(money.findings.map((f) => f.kind).sort()).toEqual(['calibration-too-few', 'risk-impact-unit', 'risk-probability-range', 'target-invalid']);
    expect(money.risks.map((r) => [r.key, r.probability, r.impactDays])).toEqual([['R-3', 0.4, 2]]);
    for (const f of [rated, money]) expect(numbersIn(f).every(Number.isFinite)).toBe(true);
  });

  it('answers an empty scope and a target far ahead without NaN', () => {
    const empty = forecast([], { targetDate: '2026-01-01' });
    expect(empty.target).toEqual({ date: '2026-01-01', probability: 1 });
    expect(numbersIn(empty).every(Number.isFinite)).toBe(true);
    expect(forecast(chain, { iterations: 5 }).findings.map((f) => f.kind)).toContain('iterations-capped');
  });
});
