import fc from 'fast-check';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { earnedSchedule, forecastFinishDate } from '../../../src/domain/evm/earned-schedule';
import { schedulePerformanceIndex } from '../../../src/domain/evm/evm-metrics';
import { workingCalendar } from '../../../src/domain/schedule/working-calendar';

const weekdays = { workingWeekdays: [1, 2, 3, 4, 5], holidays: [], hoursPerDay: 8 };

describe('earnedSchedule: worked examples', () => {
  it.each([
    // Lipke, "Schedule is Different" (The Measurable News, 2003) and PMI Practice Standard for EVM, appendix D,
    // give the method: ES = C + (EV - PV_C) / (PV_C+1 - PV_C). Their tables were not available to us, so the
    // numbers below are constructed by hand: monthly cumulative PV 100, 250, 450, 700, 900, 1000 (PD = 6).
    // AT 5, EV 600: C = 3 (450 <= 600 < 700), ES = 3 + 150/250 = 3.6, SPI(t) = 3.6/5 = 0.72, SV(t) = -1.4,
    // IEAC(t) = 6/0.72 = 8.333.
    { at: 5, ev: 600, es: 3.6, spit: 0.72, svt: -1.4, forecast: 8.3333 },
    // AT 2, EV 250 exactly on PV_2: C = 2, ES = 2 + 0/200 = 2, on schedule: SPI(t) 1, IEAC(t) = PD.
    { at: 2, ev: 250, es: 2, spit: 1, svt: 0, forecast: 6 },
    // Ahead: AT 2, EV 575: C = 3, ES = 3 + 125/250 = 3.5, SPI(t) = 1.75, IEAC(t) = 6/1.75 = 3.4286.
    { at: 2, ev: 575, es: 3.5, spit: 1.75, svt: 1.5, forecast: 3.4286 },
    // EV inside the first period: C = 0, ES = 0 + 40/100 = 0.4.
    { at: 1, ev: 40, es: 0.4, spit: 0.4, svt: -0.6, forecast: 15 },
    // The shape of Lipke's own illustration (AT = 7 months, ES = all of May plus part of June), with our
    // numbers: EV 950, C = 5, ES = 5 + 50/100 = 5.5, SPI(t) = 5.5/7 = 0.7857, SV(t) = -1.5, IEAC(t) = 7.636.
    { at: 7, ev: 950, es: 5.5, spit: 5.5 / 7, svt: -1.5, forecast: 7.6364 },
  ])('PV 100..1000 by month, AT $at, EV $ev: ES $es, SPI(t) $spit', ({ at, ev, es, spit, svt, forecast }) => {
    const result = earnedSchedule([100, 250, 450, 700, 900, 1000], ev, at);
    expect(result.es).toBeCloseTo(es, 9);
    expect(result.spit).toBeCloseTo(spit, 9);
    expect(result.svt).toBeCloseTo(svt, 9);
    expect(result.plannedDuration).toBe(6);
    expect(result.forecastDuration).toBeCloseTo(forecast, 4);
  });

  // A late project, constructed by hand (the behaviour Lipke 2003 describes; published tables not available):
  // BAC 100 planned evenly over 10 weeks (PV 10 a week); work earns 8 a week, then the last 4 in week 13.
  // Week 10: EV 80, PV 100: SPI 0.8, ES 8, SPI(t) 0.8. Week 12: EV 96: SPI 0.96 but ES = 9 + 6/10 = 9.6,
  // SPI(t) = 9.6/12 = 0.8. Week 13: EV = BAC: SPI = 1.0 ("on schedule"!) while ES = PD = 10, SPI(t) = 10/13 = 0.769
  // and SV(t) = -3 weeks: the three weeks the project was late.
  const linearPv = Array.from({ length: 10 }, (_, i) => 10 * (i + 1));
  it.each([
    { week: 10, ev: 80, spi: 0.8, es: 8, spit: 0.8 },
    { week: 12, ev: 96, spi: 0.96, es: 9.6, spit: 0.8 },
    { week: 13, ev: 100, spi: 1, es: 10, spit: 10 / 13 },
  ])('late project, week $week: SPI $spi drifts to 1 while SPI(t) stays $spit', ({ week, ev, spi, es, spit }) => {
    expect(schedulePerformanceIndex(ev, 100)).toBeCloseTo(spi, 9); // PV is BAC from week 10 on
    const result = earnedSchedule(linearPv, ev, week);
    expect(result.es).toBeCloseTo(es, 9);
    expect(result.spit).toBeCloseTo(spit, 9);
    if (week === 13) {
      expect(result.svt).toBe(-3);
      expect(result.forecastDuration).toBeCloseTo(13, 9); // complete: IEAC(t) = AT
    }
  });
});

describe('earnedSchedule: edge cases', () => {
  it('EV = BAC: ES is when PV reached BAC, not the end of a flat tail', () => {
    expect(earnedSchedule([50, 100, 100, 100], 100, 6)).toMatchObject({ es: 2, plannedDuration: 2, svt: -4 });
  });

  it('EV above BAC counts as complete', () => {
    expect(earnedSchedule([50, 100], 130, 2).es).toBe(2);
  });

  it('EV = 0: ES is the count of leading periods with nothing planned, forecast null when ES = 0', () => {
    expect(earnedSchedule([0, 0, 40, 100], 0, 2)).toMatchObject({ es: 2, spit: 1, plannedDuration: 4 });
    expect(earnedSchedule([40, 100], 0, 1)).toMatchObject({ es: 0, spit: 0, svt: -1, forecastDuration: null });
  });

  it('AT = 0: SPI(t) and the forecast are null (not defined)', () => {
    expect(earnedSchedule([40, 100], 0, 0)).toMatchObject({ es: 0, spit: null, svt: 0, forecastDuration: null });
  });

  it('negative or NaN EV counts as 0; an empty or all-zero plan has PD 0', () => {
    expect(earnedSchedule([40, 100], -5, 1).es).toBe(0);
    expect(earnedSchedule([40, 100], Number.NaN, 1).es).toBe(0);
    expect(earnedSchedule([], 10, 3)).toMatchObject({ es: 0, plannedDuration: 0, spit: 0, forecastDuration: null });
    expect(earnedSchedule([0, 0], 0, 3)).toMatchObject({ es: 0, plannedDuration: 0 });
  });
});

describe('forecastFinishDate', () => {
  const cal = workingCalendar({ ...weekdays, holidays: ['2026-01-12'] }, '2026-01-05');
  it.each([
    // Monday-Friday from Monday 5 Jan 2026, Monday 12 Jan a holiday.
    { forecast: 2.2, perPeriod: 5, date: '2026-01-20' }, // 11 working days: 5..9, 13..16 (12th off), 19, 20
    { forecast: 1, perPeriod: 5, date: '2026-01-09' },
    { forecast: 3.5, perPeriod: 1, date: '2026-01-08' }, // part of day 4 still ends on day 4
    { forecast: 0, perPeriod: 1, date: '2026-01-05' },
  ])('$forecast periods of $perPeriod days end on $date', ({ forecast, perPeriod, date }) => {
    expect(forecastFinishDate(cal, forecast, perPeriod)).toBe(date);
  });

  it('the doc comment example: 2.2 weeks from Monday 5 Jan 2026 without holidays end on Monday 19 Jan', () => {
    expect(forecastFinishDate(workingCalendar(weekdays, '2026-01-05'), 2.2, 5)).toBe('2026-01-19');
  });

  it('no forecast, no date', () => {
    expect(forecastFinishDate(cal, null)).toBeNull();
  });

  it('chains with earnedSchedule: the late project (IEAC(t) 12.5 weeks at week 10) finishes in week 13', () => {
    const plain = workingCalendar(weekdays, '2026-01-05');
    const { forecastDuration } = earnedSchedule(Array.from({ length: 10 }, (_, i) => 10 * (i + 1)), 80, 10);
    expect(forecastDuration).toBeCloseTo(12.5, 9); // 10 / 0.8
    expect(forecastFinishDate(plain, forecastDuration, 5)).toBe('2026-04-01'); // 62.5 working days: day 63 is Wed 1 Apr, in week 13
  });
});

describe('earnedSchedule: properties', () => {
  const plan = fc
    .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 40 })
    .map((increments) => increments.reduce<number[]>((cum, x) => [...cum, (cum.at(-1) ?? 0) + x], []));

  it('0 <= ES <= planned duration, and ES is PD once EV reaches BAC', () => {
    fc.assert(
      fc.property(plan, fc.double({ min: 0, max: 1.2, noNaN: true }), fc.integer({ min: 0, max: 60 }), (pv, share, at) => {
        const bac = pv.at(-1) ?? 0;
        const { es, plannedDuration, spit } = earnedSchedule(pv, share * bac, at);
        expect(es).toBeGreaterThanOrEqual(0);
        expect(es).toBeLessThanOrEqual(plannedDuration);
        expect(plannedDuration).toBeLessThanOrEqual(pv.length);
        if (share * bac >= bac && bac > 0) expect(es).toBe(plannedDuration);
        expect(spit === null).toBe(at === 0);
      }),
    );
  });

  it('ES maps EV back onto the PV curve: interpolated PV at ES equals EV', () => {
    fc.assert(
      fc.property(plan, fc.double({ min: 0, max: 0.999, noNaN: true }), (pv, share) => {
        const bac = pv.at(-1) ?? 0;
        fc.pre(bac > 0);
        const ev = share * bac;
        const { es } = earnedSchedule(pv, ev, 1);
        const c = Math.floor(es);
        const at = (p: number): number => (p === 0 ? 0 : (pv[p - 1] ?? bac));
        expect(at(c) + (es - c) * (at(c + 1) - at(c))).toBeCloseTo(ev, 6);
      }),
    );
  });
});
