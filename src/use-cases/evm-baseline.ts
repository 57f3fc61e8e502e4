/**
 * The baseline `current` (DESIGN.md section 1, "Baselines"): the issues' planned dates as they stand today.
 * An issue with a due date is planned to end on it, starting on its start date or its duration earlier; one
 * without is planned at its CPM early dates (done work at its actual dates, open work from the status date on).
 */
import type { ScheduleResult } from '../contract';
import type { Settings } from '../config/settings';
import { itemDuration } from '../domain/schedule/item-duration';
import { workingCalendar, type WorkingCalendar } from '../domain/schedule/working-calendar';
import type { Scope } from './load-scope';

export interface PlannedDates {
  start: string | null;
  finish: string | null;
}

export interface Baseline {
  /** `current`, or the name of a stored baseline. */
  name: string;
  /** The first working day of the plan: the S-curve starts here. */
  projectStart: string;
  planned: Map<string, PlannedDates>;
  /** Issues planned from their due date (the rest from the critical path). */
  fromDueDates: number;
  /** A stored baseline's budgets by issue (BAC is their sum); null for `current`, whose budgets are today's. */
  budgets: Map<string, number> | null;
  /** Entries of a stored baseline for issues the viewer does not see now (moved, deleted or hidden). */
  unseen: number;
  createdAt: string | null;
}

export function evmCalendar(settings: Settings, projectStart: string): WorkingCalendar {
  const { workingDays, hoursPerDay, holidays } = settings.calendar;
  return workingCalendar({ workingWeekdays: workingDays, hoursPerDay, holidays }, projectStart);
}

export function currentBaseline(scope: Scope, schedule: ScheduleResult): Baseline {
  const calendar = evmCalendar(scope.settings, schedule.projectStart);
  const nodes = new Map(schedule.nodes.filter((n) => !n.external).map((n) => [n.key, n]));
  const planned = new Map<string, PlannedDates>();
  let fromDueDates = 0;
  for (const item of scope.items) {
    const node = nodes.get(item.key);
    if (item.dueDate !== null) {
      // Work under way is scheduled for what is left of it; its plan is the whole of it.
      const whole = item.statusCategory === 'inProgress' ? itemDuration(item, { source: scope.settings.durationSource, daysPerPoint: scope.settings.daysPerStoryPoint }, calendar) : null;
      const days = Math.max(1, Math.ceil(whole ?? node?.durationDays ?? 1));
      planned.set(item.key, { start: item.startDate ?? calendar.addWorkingDays(item.dueDate, -(days - 1)), finish: item.dueDate });
      fromDueDates += 1;
    } else {
      planned.set(item.key, { start: node?.earlyStart ?? item.startDate, finish: node?.earlyFinish ?? null });
    }
  }
  return { name: 'current', projectStart: calendar.startDate, planned, fromDueDates, budgets: null, unseen: 0, createdAt: null };
}
