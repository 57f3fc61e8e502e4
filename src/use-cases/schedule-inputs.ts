/**
 * What the critical path needs beyond the links: the project start, the working calendar, done work's actual
 * dates, open external work's due dates, the status date before which open work cannot start, and for work
 * under way its remaining duration and actual start (the day it last entered In Progress).
 * Project start: the configured date, else the earliest start date or actual start in scope, else as-of.
 */
import type { Settings } from '../config/settings';
import { itemDuration, type DurationSettings } from '../domain/schedule/item-duration';
import { remainingDuration } from '../domain/schedule/remaining-duration';
import { workingCalendar, type WorkingCalendar } from '../domain/schedule/working-calendar';
import type { WorkItem } from '../domain/work-item';

export interface ScheduleInputs {
  calendar: WorkingCalendar;
  duration: DurationSettings;
  actuals: Map<string, { start: number; finish: number; committed?: boolean }>;
  notBefore: Map<string, number>;
  /** Work under way: remaining duration in working days, and the offset it actually started on when known. */
  remaining: Map<string, number>;
  actualStarts: Map<string, number>;
  /** Work under way whose remaining work nothing says: taken as its whole duration. */
  remainingAssumed: string[];
}

function calendarFor(settings: Settings, start: string): WorkingCalendar {
  const { workingDays, hoursPerDay, holidays } = settings.calendar;
  return workingCalendar({ workingWeekdays: workingDays, hoursPerDay, holidays }, start);
}

/** The day work under way last entered In Progress, when it is before the status date. */
function startedOn(item: WorkItem, asOf: string): string | null {
  const since = item.statusCategorySince ?? null;
  return item.statusCategory === 'inProgress' && since !== null && since < asOf ? since : null;
}

/** Done work: finished on its resolution day, started its duration earlier (or on its start date). */
function actualDates(item: WorkItem, calendar: WorkingCalendar, duration: DurationSettings): { start: number; finish: number } | null {
  if (item.statusCategory !== 'done' || !item.resolutionDate) return null;
  const finish = calendar.offsetOf(item.resolutionDate) + 1;
  const started = item.startDate === null ? null : calendar.offsetOf(item.startDate);
  const start = started !== null && started < finish ? started : finish - Math.max(0, itemDuration(item, duration, calendar) ?? 0);
  return { start, finish };
}

export function scheduleInputs(settings: Settings, scope: readonly WorkItem[], outside: readonly WorkItem[], asOf: string): ScheduleInputs {
  const duration: DurationSettings = { source: settings.durationSource, daysPerPoint: settings.daysPerStoryPoint };
  let start = settings.schedule.projectStart;
  if (start === null) {
    const provisional = calendarFor(settings, asOf);
    const candidates = scope.flatMap((item) => {
      const actual = actualDates(item, provisional, duration);
      return [item.startDate, actual && provisional.dateOf(actual.start), startedOn(item, asOf)].filter((d): d is string => typeof d === 'string');
    });
    start = candidates.reduce((min, d) => (d < min ? d : min), asOf);
  }
  const calendar = calendarFor(settings, start);
  const actuals = new Map<string, { start: number; finish: number; committed?: boolean }>();
  for (const item of scope) {
    const actual = actualDates(item, calendar, duration);
    if (actual) actuals.set(item.key, actual);
  }
  const today = calendar.offsetOf(asOf);
  for (const item of outside) {
    const actual = actualDates(item, calendar, duration);
    if (actual) actuals.set(item.key, actual);
    // Another team's open work is taken at its due date, the commitment this plan depends on; when that date
    // has passed and the work is still open, it finishes today at the earliest.
    else if (item.statusCategory !== 'done' && item.dueDate !== null) {
      const due = Math.max(calendar.offsetOf(item.dueDate), today) + 1;
      actuals.set(item.key, { start: due, finish: due, committed: true });
    }
  }
  // Open work cannot start in the past: it starts no earlier than the status date.
  const notBefore = new Map<string, number>();
  if (today > 0) for (const item of scope) if (item.statusCategory !== 'done') notBefore.set(item.key, today);
  const remaining = new Map<string, number>();
  const actualStarts = new Map<string, number>();
  const remainingAssumed: string[] = [];
  for (const item of scope) {
    if (item.statusCategory !== 'inProgress') continue;
    const left = remainingDuration(item, duration, calendar, asOf);
    if (left !== null) remaining.set(item.key, left.days);
    if (left?.basis === 'assumedWhole') remainingAssumed.push(item.key);
    const started = startedOn(item, asOf);
    if (started !== null) actualStarts.set(item.key, calendar.offsetOf(started));
  }
  return { calendar, duration, actuals, notBefore, remaining, actualStarts, remainingAssumed };
}
