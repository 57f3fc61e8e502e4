/**
 * The verdict with the levelled schedule and the forecast (issue 16, item 2: "forecast and levelled once they
 * exist"). Hand-counted on a Monday-Friday calendar with no holidays; the launch is Friday 2027-01-29 and the
 * critical path finishes Wednesday 2026-12-23, 27 working days before it (as in verdict.test.ts's PAY case).
 */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { workingCalendar } from '../../../src/domain/schedule/working-calendar';
import { verdict, type VerdictInput } from '../../../src/domain/targets/verdict';

const calendar = workingCalendar({ workingWeekdays: [1, 2, 3, 4, 5], holidays: [], hoursPerDay: 8 }, '2026-11-16');
const base = (overrides: Partial<VerdictInput>): VerdictInput => ({
  target: { date: '2027-01-29', source: 'settings', label: 'the project settings' },
  calendar,
  criticalPath: { finish: '2026-12-23', unestimated: 0 },
  earnedSchedule: null,
  dueDates: null,
  marginDays: 5,
  ...overrides,
});

describe('verdict with levelling and the forecast', () => {
  it('a levelled finish after the launch puts an on-time critical path at risk, and says why the two differ', () => {
    // Fri 01-29 -> Wed 02-03: Mon, Tue, Wed = 3 late; Wed 12-23 -> Wed 02-03: 27 to the launch + 3 = 30 apart.
    const v = verdict(base({ levelled: { finish: '2027-02-03' } }));
    expect(v.status).toBe('at risk');
    expect(v.dates).toEqual([
      { analysis: 'critical path', date: '2026-12-23', varianceDays: -27 },
      { analysis: 'levelled', date: '2027-02-03', varianceDays: 3 },
    ]);
    expect(v.reasons).toEqual(["With each person's capacity, the levelled schedule finishes on 2027-02-03, 3 working days after the launch date 2027-01-29 (the project settings)."]);
    expect(v.disagreements).toEqual([
      "The levelled schedule (2027-02-03) finishes 30 working days after the critical path (2026-12-23): the critical path lets one person do several tasks at once, while levelling queues each person's work.",
    ]);
  });

  it('a forecast P80 after the launch is a risk, with the chance of making the date', () => {
    // P50 Mon 01-18: 9 working days early (Tue 19 .. Fri 22 and Mon 25 .. Fri 29); P80 Tue 02-02: Mon, Tue = 2 late.
    const v = verdict(base({ forecast: { p50: '2027-01-18', p80: '2027-02-02', probability: 0.62 } }));
    expect(v.status).toBe('at risk');
    expect(v.dates.map((d) => [d.analysis, d.varianceDays])).toEqual([['critical path', -27], ['forecast P50', -9], ['forecast P80', 2]]);
    expect(v.reasons).toEqual(['The forecast gives a 62% chance to finish by the launch date; 80% by 2027-02-02, 2 working days after the launch date 2027-01-29 (the project settings).']);
    expect(v.disagreements[0]).toMatch(/^The forecast's P80 \(2027-02-02\) is 29 working days after the critical path \(2026-12-23\): the critical path takes each estimate as exact/);
  });

  it('on track when the levelled finish and the P80 are before the launch with margin', () => {
    const v = verdict(base({ levelled: { finish: '2026-12-24' }, forecast: { p50: '2026-12-24', p80: '2026-12-28', probability: 0.99 } }));
    expect(v.status).toBe('on track');
    expect(v.disagreements).toEqual([]);
  });
});
