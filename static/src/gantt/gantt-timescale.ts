/**
 * The Gantt's working-day timescale: every working day of the schedule's own calendar (src/domain/schedule/
 * working-calendar.ts, the one the CPM used) is `dayWidth` pixels wide, so a bar's length is its duration in
 * working days; the days not worked between two working days are shaded marks of no width at that boundary.
 * x(offset) = PAD + (offset - from) x dayWidth. Ticks and marks walk the visible offsets once: O(offsets).
 */
import type { ScheduleCalendar } from '@contract';
import { epochDay, isoDate } from '../../../src/domain/schedule/calendar-day';
import { workingCalendar, type WorkingCalendar } from '../../../src/domain/schedule/working-calendar';

export type TimescalePreset = 'day' | 'week' | 'month' | 'quarter' | 'fit';
export const TIMESCALE_PRESETS: readonly TimescalePreset[] = ['day', 'week', 'month', 'quarter', 'fit'];

/** Pixels per working day at each preset; `fit` is computed from the viewport. */
export const DAY_WIDTH: Record<Exclude<TimescalePreset, 'fit'>, number> = { day: 32, week: 12, month: 4, quarter: 1.5 };
/** Room before the first day and after the last, for arrows' stubs and labels beside bars. */
export const PAD = 24;
const MIN_FIT = 0.25;
/** Working days beyond the work a target may widen the scale by (about two years). */
export const MAX_REACH = 520;
const MAX_FIT = 64;
/** Labels are drawn at 11 px or more; about 6.5 px a character at that size. */
export const LABEL_PX = 11;
const CHAR_PX = 6.5;

/** Monday to Friday without holidays: what an analysis stored before calendars were sent was computed with. */
export const DEFAULT_CALENDAR: ScheduleCalendar = { workingWeekdays: [1, 2, 3, 4, 5], holidays: [] };

export interface GanttTimescale {
  from: number;
  to: number;
  dayWidth: number;
  /** Width of the whole chart in pixels. */
  width: number;
  x: (offset: number) => number;
  calendar: WorkingCalendar;
}

/**
 * Example: preset 'week' (12 px a day), offsets 0 to 10: x(0) = 24, x(10) = 144, width = 168.
 * `fit` spreads the span over `viewportWidth` (within 0.25 to 64 px a day). `reach` widens the span to take in
 * those dates (ISO, each already a checked calendar date), so a target after the last bar is still on the chart.
 */
export function ganttTimescale(input: { calendar: ScheduleCalendar; projectStart: string; from: number; to: number; preset: TimescalePreset; viewportWidth: number; reach?: readonly string[] }): GanttTimescale {
  const calendar = workingCalendar({ workingWeekdays: input.calendar.workingWeekdays, holidays: input.calendar.holidays, hoursPerDay: 8 }, input.projectStart);
  // `reach`: dates the scale must show besides the work (the targets' flags), a day either side; none further
  // than two working years from the work, so a mistyped target (1900-01-01) cannot stretch the chart to a million pixels.
  const reached = (input.reach ?? []).map((d) => calendar.offsetOf(d)).filter((o) => o >= input.from - MAX_REACH && o <= input.to + MAX_REACH);
  const from = Math.floor(Math.min(input.from, ...reached.map((o) => o - 1)));
  const to = Math.max(from + 1, Math.ceil(Math.max(input.to, ...reached.map((o) => o + 1))));
  const dayWidth =
    input.preset === 'fit' ? Math.min(MAX_FIT, Math.max(MIN_FIT, (input.viewportWidth - 2 * PAD) / (to - from))) : DAY_WIDTH[input.preset];
  return {
    from,
    to,
    dayWidth,
    width: 2 * PAD + (to - from) * dayWidth,
    x: (offset) => PAD + (offset - from) * dayWidth,
    calendar,
  };
}

/** The days not worked just before working day `offset`, as one mark: weekends, holidays, or both. */
export interface NonWorkingMark {
  offset: number;
  dates: string[];
  holiday: boolean;
}

/**
 * The non-working days between the scale's working days. Example: Mon-Fri from Mon 2026-11-02, offsets 0 to 6:
 * one mark at offset 5 (Mon 2026-11-09) for Sat 7 and Sun 8 November.
 */
export function nonWorkingMarks(scale: GanttTimescale, holidays: readonly string[]): NonWorkingMark[] {
  const holidaySet = new Set(holidays);
  const marks: NonWorkingMark[] = [];
  let previous = epochDay(scale.calendar.dateOf(scale.from));
  for (let offset = scale.from + 1; offset <= scale.to; offset += 1) {
    const day = epochDay(scale.calendar.dateOf(offset));
    if (day - previous > 1) {
      const dates: string[] = [];
      for (let d = previous + 1; d < day; d += 1) dates.push(isoDate(d));
      marks.push({ offset, dates, holiday: dates.some((d) => holidaySet.has(d)) });
    }
    previous = day;
  }
  return marks;
}

export interface ScaleTick {
  offset: number;
  /** Null when the label would overlap the previous one: the line is drawn, the text is not. */
  label: string | null;
  major: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthOf = (iso: string) => Number(iso.slice(5, 7));
const quarterOf = (iso: string) => Math.floor((monthOf(iso) - 1) / 3) + 1;
const weekOf = (iso: string) => Math.floor((epochDay(iso) - 4) / 7); // weeks from Monday 1970-01-05

/** The unit each preset labels, and the larger unit drawn as a major line. */
function unitsOf(dayWidth: number): { minor: (d: string) => string; major: (d: string) => string; label: (d: string) => string } {
  const month = (d: string) => d.slice(0, 7);
  const quarter = (d: string) => `${d.slice(0, 4)}-Q${quarterOf(d)}`;
  const monthLabel = (d: string) => `${MONTHS[monthOf(d) - 1] ?? ''} ${d.slice(0, 4)}`;
  if (dayWidth >= 24) return { minor: (d) => d, major: (d) => String(weekOf(d)), label: (d) => `${d.slice(8, 10)} ${MONTHS[monthOf(d) - 1] ?? ''}` };
  if (dayWidth >= 8) return { minor: (d) => String(weekOf(d)), major: month, label: (d) => `${Number(d.slice(8, 10))} ${MONTHS[monthOf(d) - 1] ?? ''}` };
  if (dayWidth >= 2.5) return { minor: month, major: quarter, label: monthLabel };
  return { minor: quarter, major: (d) => d.slice(0, 4), label: (d) => `Q${quarterOf(d)} ${d.slice(0, 4)}` };
}

/**
 * A tick at the first working day of each unit: days at 24 px a day or more, weeks from 8, months from 2.5,
 * quarters below. A label closer than its own width to the previous one is left out (never shrunk below 11 px).
 */
export function scaleTicks(scale: GanttTimescale): ScaleTick[] {
  const units = unitsOf(scale.dayWidth);
  const ticks: ScaleTick[] = [];
  let lastMinor = '';
  let lastMajor = '';
  let labelEnd = -Infinity;
  for (let offset = scale.from; offset <= scale.to; offset += 1) {
    const date = scale.calendar.dateOf(offset);
    const minor = units.minor(date);
    if (minor === lastMinor) continue;
    const major = units.major(date);
    const text = units.label(date);
    const x = scale.x(offset);
    const fits = x >= labelEnd;
    ticks.push({ offset, label: fits ? text : null, major: major !== lastMajor && offset !== scale.from });
    if (fits) labelEnd = x + text.length * CHAR_PX + 8;
    lastMinor = minor;
    lastMajor = major;
  }
  return ticks;
}

/** The working-day offset of a date on the scale's calendar (a non-working date counts as the next working day). */
export function offsetOfDay(scale: GanttTimescale, date: string): number | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? scale.calendar.offsetOf(date) : null;
}
