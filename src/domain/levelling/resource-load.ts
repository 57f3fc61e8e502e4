/**
 * Load against capacity per resource per week (DESIGN.md section 1, "Resource levelling"; issue #14), in hours:
 * capacity = working days x hours per day x availability (a pool: x its size), none on time off; CPM load = each
 * open issue's work at full time over its CPM dates (what the unlevelled plan asks); levelled load = the same work
 * at the person's availability over its levelled dates. A cell is over-allocated when its load passes its capacity.
 * O(resources x days + the slots of every demand). Weeks start on Monday; those before the first load are left out.
 */
import { epochDay, isoDate, isoWeekday } from '../schedule/calendar-day';
import type { WorkingCalendar } from '../schedule/working-calendar';
import type { LevelledSchedule } from './level-schedule';
import { SLOTS_PER_DAY, type ProjectProblem } from './project-problem';

export interface LoadCell {
  capacityHours: number;
  cpmHours: number;
  levelledHours: number;
  /** Issues holding the resource this week in the CPM plan, and in the levelled plan. */
  cpmIssues: string[];
  levelledIssues: string[];
}

export interface LoadRow {
  resource: string;
  kind: 'person' | 'pool';
  cells: LoadCell[];
}

export interface ResourceLoad {
  /** The Monday of each week shown, from the week of the project start to the week of the later finish. */
  weeks: string[];
  rows: LoadRow[];
}

const EPSILON = 1e-6;

export const isOverAllocated = (hours: number, capacity: number): boolean => hours > capacity + EPSILON;

function mondayOf(date: string): string {
  const day = epochDay(date);
  return isoDate(day - (isoWeekday(day) - 1));
}

export function resourceLoad(built: ProjectProblem, result: LevelledSchedule, calendar: WorkingCalendar): ResourceLoad {
  const { problem, cpmDuration, resourceKind, resourceShare } = built;
  const slotHours = calendar.hoursPerDay / SLOTS_PER_DAY;
  let lastSlot = Math.max(result.makespan, result.cpmFinish);
  problem.names.forEach((_, v) => (lastSlot = Math.max(lastSlot, (result.earlyStart[v] ?? 0) + (cpmDuration[v] ?? 0))));
  const planDays = Math.max(1, Math.ceil(lastSlot / SLOTS_PER_DAY));
  const weekOfDay: number[] = [];
  const weeks: string[] = [];
  // To the end of the last week, so its capacity is a whole week's.
  const lastMonday = mondayOf(calendar.dateOf(planDays - 1));
  for (let d = 0; d < planDays || mondayOf(calendar.dateOf(d)) === lastMonday; d++) {
    const monday = mondayOf(calendar.dateOf(d));
    if (weeks[weeks.length - 1] !== monday) weeks.push(monday);
    weekOfDay.push(weeks.length - 1);
  }
  const days = weekOfDay.length;
  const weekOfSlot = (s: number): number => weekOfDay[Math.min(days - 1, Math.max(0, Math.floor(s / SLOTS_PER_DAY)))] ?? 0;
  const rows: LoadRow[] = problem.resources.map((resource, r) => {
    const share = resourceShare[r] ?? 1;
    const cells = weeks.map((): LoadCell => ({ capacityHours: 0, cpmHours: 0, levelledHours: 0, cpmIssues: [], levelledIssues: [] }));
    for (let s = 0; s < days * SLOTS_PER_DAY; s++) {
      const units = resource.profile !== undefined && s < resource.profile.length ? (resource.profile[s] ?? 0) : resource.capacity;
      const cell = cells[weekOfSlot(s)];
      if (cell) cell.capacityHours += Math.min(units, resource.capacity) * share * slotHours;
    }
    return { resource: resource.id, kind: resourceKind[r] ?? 'pool', cells };
  });
  problem.demands.forEach((demands, v) => {
    const key = problem.names[v] ?? '';
    const es = Math.max(0, result.earlyStart[v] ?? 0);
    const start = Math.max(0, result.start[v] ?? 0);
    for (const { resource: r, units } of demands) {
      const row = rows[r];
      if (row === undefined) continue;
      const share = resourceShare[r] ?? 1;
      spread(row.cells, es, cpmDuration[v] ?? 0, units * slotHours, weekOfSlot, (cell, hours) => {
        cell.cpmHours += hours;
        if (cell.cpmIssues[cell.cpmIssues.length - 1] !== key) cell.cpmIssues.push(key);
      });
      spread(row.cells, start, result.duration[v] ?? 0, units * share * slotHours, weekOfSlot, (cell, hours) => {
        cell.levelledHours += hours;
        if (cell.levelledIssues[cell.levelledIssues.length - 1] !== key) cell.levelledIssues.push(key);
      });
    }
  });
  for (const row of rows) for (const cell of row.cells) round(cell);
  // Weeks before any load (done work holds nobody) are left out: the map opens on the work still to do.
  const firstLoaded = weeks.findIndex((_, w) => rows.some((row) => (row.cells[w]?.cpmHours ?? 0) > 0 || (row.cells[w]?.levelledHours ?? 0) > 0));
  const from = Math.max(0, firstLoaded);
  for (const row of rows) row.cells = row.cells.slice(from);
  return { weeks: weeks.slice(from), rows: rows.sort((a, b) => (a.kind === b.kind ? a.resource.localeCompare(b.resource) : a.kind === 'person' ? -1 : 1)) };
}

function spread(cells: LoadCell[], from: number, slots: number, hoursPerSlot: number, weekOfSlot: (s: number) => number, add: (cell: LoadCell, hours: number) => void): void {
  for (let s = from; s < from + slots; s++) {
    const cell = cells[weekOfSlot(s)];
    if (cell) add(cell, hoursPerSlot);
  }
}

function round(cell: LoadCell): void {
  cell.capacityHours = Math.round(cell.capacityHours * 100) / 100;
  cell.cpmHours = Math.round(cell.cpmHours * 100) / 100;
  cell.levelledHours = Math.round(cell.levelledHours * 100) / 100;
}
