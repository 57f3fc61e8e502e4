/**
 * A working calendar (DESIGN.md section 1, "Critical path"): working weekdays, holidays, hours per day, and
 * working-day offsets from a project start (offset 0 = the start, moved forward to a working day).
 * Offsets are O(1) week arithmetic plus a binary search over holidays ("k-th missing number":
 * day = n + #{k : h_k - k <= n}); O(H log H) to build, O(log H) per conversion, H = holidays.
 */
import { AppError } from '../../app-error';
import { epochDay, isoDate, isoWeekday } from './calendar-day';

export interface CalendarSettings {
  /** ISO weekdays that are worked, Monday = 1 … Sunday = 7. */
  workingWeekdays: readonly number[];
  /** YYYY-MM-DD; holidays on non-working weekdays are ignored. */
  holidays: readonly string[];
  hoursPerDay: number;
}

export interface WorkingCalendar {
  readonly hoursPerDay: number;
  /** The first working day on or after the requested project start: offset 0. */
  readonly startDate: string;
  /** The date of working day `offset` (fractions are floored; negative offsets lie before the start). */
  dateOf: (offset: number) => string;
  /** The offset of `date`; a non-working date counts as the next working day. */
  offsetOf: (date: string) => number;
  /** `date` (moved forward to a working day) plus `days` working days, which may be negative. */
  addWorkingDays: (date: string, days: number) => string;
  /** Working days from `start` to `end`, both included; 0 when `end` is before `start`. */
  workingDaysBetween: (start: string, end: string) => number;
  isWorkingDay: (date: string) => boolean;
}

/** 1970-01-05, the first Monday after the epoch: weeks are counted from it. */
const MONDAY = 4;

function countAtMost(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Example: Monday-Friday, 2025-12-25 a holiday, start Saturday 2025-12-20: startDate is Monday 2025-12-22,
 * dateOf(3) = '2025-12-26' (the 25th is skipped), dateOf(-1) = '2025-12-19', offsetOf('2025-12-27') = 4.
 */
export function workingCalendar(settings: CalendarSettings, projectStart: string): WorkingCalendar {
  const worked = [...new Set(settings.workingWeekdays)].filter((d) => Number.isInteger(d) && d >= 1 && d <= 7).sort((a, b) => a - b);
  if (worked.length === 0) throw new AppError('INVALID_SETTINGS', 'The working calendar has no working weekdays.');
  if (!(settings.hoursPerDay > 0)) throw new AppError('INVALID_SETTINGS', 'Hours per day must be more than 0.');
  const perWeek = worked.length;
  // before[i]: working weekdays among the i days Monday..(Monday+i-1); position[k]: weekday index of the k-th.
  const before = new Int32Array(8);
  for (let i = 0; i < 7; i++) before[i + 1] = (before[i] ?? 0) + (worked.includes(i + 1) ? 1 : 0);
  const position = Int32Array.from(worked, (d) => d - 1);

  /** Working weekdays in [MONDAY, day): the raw index of the first working weekday on or after `day`. */
  const rawIndex = (day: number): number => {
    const weeks = Math.floor((day - MONDAY) / 7);
    return weeks * perWeek + (before[day - MONDAY - weeks * 7] ?? 0);
  };
  const dayOfRaw = (raw: number): number => {
    const weeks = Math.floor(raw / perWeek);
    return MONDAY + weeks * 7 + (position[raw - weeks * perWeek] ?? 0);
  };

  const holidayRaw = [...new Set(settings.holidays.map(epochDay))]
    .filter((day) => worked.includes(isoWeekday(day)))
    .map(rawIndex)
    .sort((a, b) => a - b);
  const holidays = Float64Array.from(holidayRaw);
  const shifted = Float64Array.from(holidayRaw, (h, k) => h - k); // non-decreasing
  // Clean index: raw index with holidays squeezed out; a holiday takes the clean index of the next working day.
  const cleanOfDay = (day: number): number => {
    const raw = rawIndex(day);
    return raw - countAtMost(holidays, raw - 1);
  };
  const dayOfClean = (clean: number): number => dayOfRaw(clean + countAtMost(shifted, clean));

  const origin = cleanOfDay(epochDay(projectStart));
  const dateOf = (offset: number): string => isoDate(dayOfClean(origin + Math.floor(offset)));
  const offsetOf = (date: string): number => cleanOfDay(epochDay(date)) - origin;

  return {
    hoursPerDay: settings.hoursPerDay,
    startDate: dateOf(0),
    dateOf,
    offsetOf,
    addWorkingDays: (date, days) => dateOf(offsetOf(date) + days),
    workingDaysBetween: (start, end) => Math.max(0, cleanOfDay(epochDay(end) + 1) - cleanOfDay(epochDay(start))),
    isWorkingDay: (date) => {
      const day = epochDay(date);
      return dayOfClean(cleanOfDay(day)) === day;
    },
  };
}
