/**
 * The difference a scenario makes to the live plan, both computed by the same critical path method: the project
 * finish, the activities that joined or left the critical path, every activity whose early dates moved (with
 * the edit that moved it, moved-because.ts), targets whose variance changed, and dependency cycles the edits
 * created. Offsets compare directly: no edit changes the project start (done work and start dates are not
 * edited). O(items) besides the driving chains.
 */
import type { CriticalPath } from '../schedule/critical-path';
import type { DependencyCycle } from '../schedule/cycle-cuts';
import type { WorkingCalendar } from '../schedule/working-calendar';
import type { WorkItem } from '../work-item';
import { movedBecause, type MovedBecause } from './moved-because';

export interface MovedActivity {
  key: string;
  /** First and last working day, live and in the scenario. */
  live: { start: string; finish: string };
  scenario: { start: string; finish: string };
  /** Working days the early start and the early finish moved (positive: later). */
  startDays: number;
  finishDays: number;
  /** A zero-duration activity (a milestone) in the scenario. */
  milestone: boolean;
  because: MovedBecause | null;
}

export interface TargetChange {
  key: string;
  live: { target: string | null; finish: string; varianceDays: number | null };
  scenario: { target: string | null; finish: string; varianceDays: number | null };
}

export interface ScenarioDiff {
  finish: { live: string; scenario: string; days: number };
  durationDays: { live: number; scenario: number };
  criticalIn: string[];
  criticalOut: string[];
  /** Most moved first (by finish, then start), then by key. */
  moved: MovedActivity[];
  targets: TargetChange[];
  /** Cycles in the scenario that the live plan does not have: the schedule ran without their suggested cuts. */
  newCycles: DependencyCycle[];
}

const EPSILON = 1e-9;
const round = (n: number): number => Math.round(n * 100) / 100;

export interface DiffInput {
  live: CriticalPath;
  scenario: CriticalPath;
  /** The items both schedules read, live and edited (for targets). */
  liveItems: readonly WorkItem[];
  editedItems: readonly WorkItem[];
  calendar: WorkingCalendar;
  keyEdits: ReadonlyMap<string, number>;
  linkEdits: ReadonlyMap<string, number>;
}

export function scenarioDiff(input: DiffInput): ScenarioDiff {
  const { live, scenario, calendar } = input;
  const liveCritical = new Set(live.criticalKeys);
  const scenarioCritical = new Set(scenario.criticalKeys);
  const moved: MovedActivity[] = [];
  for (const after of Object.values(scenario.items)) {
    const before = live.items[after.key];
    if (!before) continue;
    const startDays = after.earlyStart - before.earlyStart;
    const finishDays = after.earlyFinish - before.earlyFinish;
    if (Math.abs(startDays) <= EPSILON && Math.abs(finishDays) <= EPSILON) continue;
    moved.push({
      key: after.key,
      live: { start: before.dates.earlyStart, finish: before.dates.earlyFinish },
      scenario: { start: after.dates.earlyStart, finish: after.dates.earlyFinish },
      startDays: round(startDays),
      finishDays: round(finishDays),
      milestone: after.durationDays === 0,
      because: movedBecause(after.key, { scenario, live }, input.keyEdits, input.linkEdits),
    });
  }
  moved.sort((a, b) => Math.abs(b.finishDays) - Math.abs(a.finishDays) || Math.abs(b.startDays) - Math.abs(a.startDays) || a.key.localeCompare(b.key));
  const liveCycles = new Set(live.cycles.map((c) => c.issueKeys.join(' ')));
  return {
    finish: { live: live.projectFinishDate, scenario: scenario.projectFinishDate, days: round(scenario.projectFinish - live.projectFinish) },
    durationDays: { live: round(live.projectFinish - live.projectStart), scenario: round(scenario.projectFinish - scenario.projectStart) },
    criticalIn: scenario.criticalKeys.filter((k) => !liveCritical.has(k)),
    criticalOut: live.criticalKeys.filter((k) => !scenarioCritical.has(k)),
    moved,
    targets: targetChanges(input, calendar),
    newCycles: scenario.cycles.filter((c) => !liveCycles.has(c.issueKeys.join(' '))),
  };
}

function targetChanges(input: DiffInput, calendar: WorkingCalendar): TargetChange[] {
  const liveDue = new Map(input.liveItems.map((i) => [i.key, i.dueDate]));
  const changes: TargetChange[] = [];
  for (const item of input.editedItems) {
    const before = input.live.items[item.key];
    const after = input.scenario.items[item.key];
    const wasDue = liveDue.get(item.key) ?? null;
    if (!before || !after || before.external || (wasDue === null && item.dueDate === null)) continue;
    // Most of a large plan is unmoved: its variances are not computed (four calendar offsets an item).
    if (wasDue === item.dueDate && before.dates.earlyFinish === after.dates.earlyFinish) continue;
    const side = (target: string | null, finish: string) => ({ target, finish, varianceDays: target === null ? null : calendar.offsetOf(finish) - calendar.offsetOf(target) });
    const live = side(wasDue, before.dates.earlyFinish);
    const scenario = side(item.dueDate, after.dates.earlyFinish);
    if (live.target !== scenario.target || live.finish !== scenario.finish) changes.push({ key: item.key, live, scenario });
  }
  return changes.sort((a, b) => a.key.localeCompare(b.key));
}
