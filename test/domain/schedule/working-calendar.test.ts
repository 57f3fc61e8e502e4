import fc from 'fast-check';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { epochDay, isoDate, isoWeekday } from '../../../src/domain/schedule/calendar-day';
import { workingCalendar } from '../../../src/domain/schedule/working-calendar';

const weekdays = { workingWeekdays: [1, 2, 3, 4, 5], holidays: [], hoursPerDay: 8 };
const christmas = { ...weekdays, holidays: ['2025-12-25', '2025-12-26', '2026-01-01', '2025-12-27'] };

describe('calendar days', () => {
  it.each([
    ['1970-01-01', 0, 4],
    ['1970-01-05', 4, 1],
    ['2000-02-29', 11016, 2],
    ['2025-12-25', 20447, 4],
    ['1969-12-31', -1, 3],
  ])('%s is epoch day %i, ISO weekday %i', (iso, day, weekday) => {
    expect(epochDay(iso)).toBe(day);
    expect(isoDate(day)).toBe(iso);
    expect(isoWeekday(day)).toBe(weekday);
  });

  it('round-trips every day across four centuries', () => {
    fc.assert(fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => epochDay(isoDate(day)) === day));
  });

  it.each(['2025-02-29', '2025-13-01', '25-01-01', 'soon'])('rejects %s', (bad) => {
    expect(() => epochDay(bad)).toThrow(/not a calendar date/);
  });
});

describe('workingCalendar', () => {
  it('moves a weekend project start to Monday and skips weekends', () => {
    // 2025-12-20 is a Saturday.
    const cal = workingCalendar(weekdays, '2025-12-20');
    expect(cal.startDate).toBe('2025-12-22');
    expect([0, 1, 2, 3, 4, 5, 9, 10].map(cal.dateOf)).toEqual([
      '2025-12-22', '2025-12-23', '2025-12-24', '2025-12-25', '2025-12-26', '2025-12-29', '2026-01-02', '2026-01-05',
    ]);
  });

  it('skips holidays, ignores holidays on weekends, and floors fractional offsets', () => {
    const cal = workingCalendar(christmas, '2025-12-22');
    // Mon 22, Tue 23, Wed 24, (Thu 25, Fri 26 holidays), Mon 29, Tue 30, Wed 31, (Thu 1 Jan), Fri 2 Jan.
    expect([0, 1, 2, 3, 4, 5, 6, 2.9].map(cal.dateOf)).toEqual([
      '2025-12-22', '2025-12-23', '2025-12-24', '2025-12-29', '2025-12-30', '2025-12-31', '2026-01-02', '2025-12-24',
    ]);
    expect(cal.offsetOf('2025-12-25')).toBe(3); // a holiday counts as the next working day
    expect(cal.offsetOf('2026-01-03')).toBe(7); // Saturday -> Monday 5 Jan
    expect(cal.isWorkingDay('2025-12-26')).toBe(false);
    expect(cal.isWorkingDay('2025-12-27')).toBe(false);
    expect(cal.isWorkingDay('2025-12-29')).toBe(true);
  });

  it('counts negative offsets back from the start, across holidays', () => {
    const cal = workingCalendar(christmas, '2026-01-02');
    expect([-1, -2, -3, -4, -5].map(cal.dateOf)).toEqual(['2025-12-31', '2025-12-30', '2025-12-29', '2025-12-24', '2025-12-23']);
    expect(cal.offsetOf('2025-12-24')).toBe(-4);
    expect(cal.addWorkingDays('2025-12-31', -3)).toBe('2025-12-24');
    expect(cal.addWorkingDays('2025-12-24', 2)).toBe('2025-12-30');
  });

  it('counts working days between two dates, both included', () => {
    const cal = workingCalendar(christmas, '2025-12-01');
    expect(cal.workingDaysBetween('2025-12-22', '2025-12-22')).toBe(1);
    expect(cal.workingDaysBetween('2025-12-22', '2026-01-02')).toBe(7);
    expect(cal.workingDaysBetween('2025-12-27', '2025-12-28')).toBe(0); // a weekend
    expect(cal.workingDaysBetween('2026-01-02', '2025-12-22')).toBe(0);
  });

  it('supports any working week, e.g. Sunday-Thursday', () => {
    const cal = workingCalendar({ workingWeekdays: [7, 1, 2, 3, 4], holidays: [], hoursPerDay: 8 }, '2025-12-19');
    expect(cal.startDate).toBe('2025-12-21'); // Friday -> Sunday
    expect([0, 4, 5].map(cal.dateOf)).toEqual(['2025-12-21', '2025-12-25', '2025-12-28']);
  });

  it('agrees with a day-by-day walk for random calendars and offsets', () => {
    const settings = fc.record({
      workingWeekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
      holidays: fc.array(fc.integer({ min: 20_400, max: 20_500 }).map(isoDate), { maxLength: 20 }),
      hoursPerDay: fc.constant(8),
    });
    fc.assert(
      fc.property(settings, fc.integer({ min: 20_420, max: 20_480 }), fc.integer({ min: -40, max: 40 }), (s, startDay, offset) => {
        const cal = workingCalendar(s, isoDate(startDay));
        const holidays = new Set(s.holidays);
        const works = (d: number) => s.workingWeekdays.includes(isoWeekday(d)) && !holidays.has(isoDate(d));
        let day = startDay;
        while (!works(day)) day++;
        for (let left = offset; left !== 0; ) {
          day += Math.sign(left);
          if (works(day)) left -= Math.sign(left);
        }
        expect(cal.dateOf(offset)).toBe(isoDate(day));
        expect(cal.offsetOf(isoDate(day))).toBe(offset);
      }),
    );
  });

  it('refuses a week without working days and a non-positive day length', () => {
    expect(() => workingCalendar({ ...weekdays, workingWeekdays: [] }, '2025-01-01')).toThrow(/no working weekdays/);
    expect(() => workingCalendar({ ...weekdays, hoursPerDay: 0 }, '2025-01-01')).toThrow(/Hours per day/);
  });
});
