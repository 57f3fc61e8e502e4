import fc from 'fast-check';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { earnedSchedule } from '../../../src/domain/evm/earned-schedule';
import { evmMetrics } from '../../../src/domain/evm/evm-metrics';
import { timePhased, type TimePhasedInput } from '../../../src/domain/evm/time-phased';
import { workingCalendar } from '../../../src/domain/schedule/working-calendar';

// Monday-Friday; Monday 12 January 2026 is a holiday. Week 1: Mon 5 - Fri 9 Jan; week 2: Tue 13 - Fri 16 Jan.
const calendar = workingCalendar({ workingWeekdays: [1, 2, 3, 4, 5], holidays: ['2026-01-12'], hoursPerDay: 8 }, '2026-01-05');
const base: TimePhasedInput = {
  calendar,
  from: '2026-01-05',
  to: '2026-01-09',
  asOf: '2026-01-09',
  granularity: 'day',
  planned: [],
  progress: [],
  worklogs: [],
  rates: { byPerson: new Map(), defaultRate: 50 },
};

describe('timePhased: worked examples (constructed by hand)', () => {
  it('one item: PV spread evenly, EV from dated percent complete, AC from worklogs x rate', () => {
    // Budget 500 over Mon 5 - Fri 9: 100 a day. 30% on Wed 7: EV 150 from then. 4 h on Tue 6 at 50: AC 200.
    const { series, bac, problems } = timePhased({
      ...base,
      planned: [{ key: 'A', budget: 500, start: '2026-01-05', finish: '2026-01-09' }],
      progress: [{ key: 'A', date: '2026-01-07', percentComplete: 0.3 }],
      worklogs: [{ key: 'A', date: '2026-01-06', hours: 4, personId: 'ann' }],
    });
    expect(series).toEqual([
      { date: '2026-01-05', pv: 100, ev: 0, ac: 0 },
      { date: '2026-01-06', pv: 200, ev: 0, ac: 200 },
      { date: '2026-01-07', pv: 300, ev: 150, ac: 200 },
      { date: '2026-01-08', pv: 400, ev: 150, ac: 200 },
      { date: '2026-01-09', pv: 500, ev: 150, ac: 200 },
    ]);
    expect(bac).toBe(500);
    expect(problems).toEqual([]);
  });

  it('two weeks by week, skipping the holiday; EV and AC stop at asOf; weekend and early data fold forward', () => {
    // A: 400 over Thu 8 - Wed 14 = Thu, Fri, Tue 13, Wed 14 (Mon 12 off): 100 a day.
    // B: 300 over Mon 5 - Wed 7: 100 a day. PV: week 1 = 300 (B) + 200 (A) = 500; week 2 = 700.
    // EV: B done (100%) on Wed 7 = 300; A 50% on Sat 10 counts on Tue 13 (next working day) -> 500 in week 2.
    // AC: 2 h by bob at his 80 on Sun 4 (before `from`: folded into the first point) = 160; 3 h by ann at the
    // default 50 = 150 on Fri 9. asOf Wed 14: the week-2 point (Fri 16) is after it, so EV and AC are null.
    const { series } = timePhased({
      ...base,
      to: '2026-01-18',
      asOf: '2026-01-14',
      granularity: 'week',
      planned: [
        { key: 'A', budget: 400, start: '2026-01-08', finish: '2026-01-14' },
        { key: 'B', budget: 300, start: '2026-01-05', finish: '2026-01-07' },
      ],
      progress: [
        { key: 'B', date: '2026-01-07', percentComplete: 1 },
        { key: 'A', date: '2026-01-10', percentComplete: 0.5 },
      ],
      worklogs: [
        { key: 'B', date: '2026-01-04', hours: 2, personId: 'bob' },
        { key: 'A', date: '2026-01-09', hours: 3, personId: 'ann' },
      ],
      rates: { byPerson: new Map([['bob', 80]]), defaultRate: 50 },
    });
    expect(series).toEqual([
      { date: '2026-01-09', pv: 500, ev: 300, ac: 310 },
      { date: '2026-01-16', pv: 700, ev: null, ac: null },
    ]);
  });

  it('percent complete can go down (work reopened) and EV follows it', () => {
    const { series } = timePhased({
      ...base,
      planned: [{ key: 'A', budget: 100, start: '2026-01-05', finish: '2026-01-05' }],
      progress: [
        { key: 'A', date: '2026-01-08', percentComplete: 0.4 }, // given out of order on purpose
        { key: 'A', date: '2026-01-06', percentComplete: 1 },
      ],
    });
    expect(series.map((p) => p.ev)).toEqual([0, 100, 100, 40, 40]);
  });
});

describe('timePhased: bad input is reported, never thrown', () => {
  it('reports what it leaves out and computes the rest', () => {
    const { series, bac, problems } = timePhased({
      ...base,
      planned: [
        { key: 'OK', budget: 100, start: '2026-01-05', finish: '2026-01-05' },
        { key: 'NEG', budget: -5, start: '2026-01-05', finish: '2026-01-05' },
        { key: 'UNDATED', budget: 70, start: null, finish: null },
        { key: 'BACKWARDS', budget: 30, start: '2026-01-08', finish: '2026-01-06' },
        { key: 'DUE-ONLY', budget: 20, start: null, finish: '2026-01-07' },
      ],
      progress: [
        { key: 'OK', date: '2026-01-05', percentComplete: 1.5 },
        { key: 'PARENT', date: '2026-01-05', percentComplete: 1 }, // no counted budget: ignored
      ],
      worklogs: [
        { key: 'OK', date: '2026-01-05', hours: 2, personId: 'zed' },
        { key: 'OK', date: '2026-01-06', hours: 1, personId: null },
        { key: 'OK', date: '2026-01-06', hours: -1, personId: 'zed' },
      ],
      rates: { byPerson: new Map(), defaultRate: null },
    });
    expect(problems.map((p) => [p.key, p.problem])).toEqual([
      ['NEG', 'negative'],
      ['UNDATED', 'no-planned-dates'],
      ['BACKWARDS', 'finish-before-start'],
      ['OK', 'percent-out-of-range'],
      ['OK', 'negative'],
      ['OK', 'no-rate'],
    ]);
    expect(problems.at(-1)?.detail).toBe('3 h logged with no usable rate are left out of AC');
    expect(bac).toBe(150); // OK 100 + BACKWARDS 30 (on its start, Thu 8) + DUE-ONLY 20 (on Wed 7)
    expect(series.map((p) => p.pv)).toEqual([100, 100, 120, 150, 150]);
    expect(series.every((p) => p.ev === 0 && p.ac === 0)).toBe(true);
  });

  it('takes actual cost from dated cost-field amounts, reporting bad ones', () => {
    const { series, problems } = timePhased({
      ...base,
      costs: [
        { key: 'A', date: '2026-01-06', amount: 250 },
        { key: 'A', date: '2026-01-08', amount: Number.POSITIVE_INFINITY },
      ],
    });
    expect(series.map((p) => p.ac)).toEqual([0, 250, 250, 250, 250]);
    expect(problems).toEqual([{ key: 'A', problem: 'not-a-number', detail: 'cost Infinity on 2026-01-08 is not a number' }]);
  });

  it('a window with no working day gives an empty series; a weekend span falls on the next working day', () => {
    expect(timePhased({ ...base, from: '2026-01-10', to: '2026-01-11' }).series).toEqual([]);
    const { series } = timePhased({ ...base, planned: [{ key: 'W', budget: 60, start: '2026-01-03', finish: '2026-01-04' }] });
    expect(series[0]?.pv).toBe(60);
  });
});

describe('timePhased feeds the metrics', () => {
  it('status on Fri 9 of the two-item plan: SPI, CPI and ES from the same series', () => {
    // PV by day for A (500 over Mon 5 - Fri 9) and B (500 over Mon 12... holiday, so Tue 13 - Mon 19).
    const { series, bac } = timePhased({
      ...base,
      to: '2026-01-19',
      planned: [
        { key: 'A', budget: 500, start: '2026-01-05', finish: '2026-01-09' },
        { key: 'B', budget: 500, start: '2026-01-12', finish: '2026-01-19' },
      ],
      progress: [{ key: 'A', date: '2026-01-09', percentComplete: 0.7 }],
      worklogs: [{ key: 'A', date: '2026-01-08', hours: 8, personId: null }],
    });
    const status = series.find((p) => p.date === '2026-01-09');
    // PV 500, EV 350, AC 400: SPI 0.7, CPI 0.875. Daily PV 100..500 -> ES = 3 + 50/100 = 3.5 days of AT 5.
    expect(status).toEqual({ date: '2026-01-09', pv: 500, ev: 350, ac: 400 });
    const m = evmMetrics({ bac, pv: status?.pv ?? 0, ev: status?.ev ?? 0, ac: status?.ac ?? 0 });
    expect(m.spi).toBe(0.7);
    expect(m.cpi).toBe(0.875);
    const es = earnedSchedule(series.map((p) => p.pv), 350, 5);
    expect(es).toMatchObject({ es: 3.5, spit: 0.7, plannedDuration: 10 });
  });
});

describe('timePhased: properties', () => {
  const day = fc.integer({ min: -5, max: 60 }).map((o) => calendar.dateOf(o));
  const plan = fc.array(
    fc.record({ budget: fc.integer({ min: 0, max: 1_000_000 }).map((c) => c / 100), start: day, length: fc.integer({ min: 0, max: 30 }) }),
    { maxLength: 30 },
  );

  it.each(['day', 'week'] as const)('cumulative PV (%s) never decreases and ends at BAC once every span is past', (granularity) => {
    fc.assert(
      fc.property(plan, (items) => {
        const planned = items.map(({ budget, start, length }, i) => ({ key: `K-${i}`, budget, start, finish: calendar.addWorkingDays(start, length) }));
        const { series, bac } = timePhased({ ...base, from: calendar.dateOf(0), to: calendar.dateOf(100), asOf: '2026-01-05', granularity, planned });
        for (let i = 1; i < series.length; i++) expect(series[i]?.pv ?? 0).toBeGreaterThanOrEqual(series[i - 1]?.pv ?? 0);
        const total = items.reduce((sum, { budget }) => sum + budget, 0);
        expect(bac).toBeCloseTo(total, 6);
        expect(series.at(-1)?.pv ?? 0).toBeCloseTo(total, 6);
      }),
    );
  });
});
