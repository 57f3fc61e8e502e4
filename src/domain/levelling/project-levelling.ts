/**
 * A project's levelled schedule (DESIGN.md section 1, "Resource levelling"): its levelling problem
 * (project-problem.ts) levelled by level-schedule.ts, back in dates and issue keys: per issue the levelled start
 * and finish, the levelling delay (levelled start - CPM early start, in working days) and what it waits for; the
 * levelled finish next to the CPM finish; and findings for work that could not be levelled, naming the issue
 * and the resource.
 */
import type { Finding } from '../finding';
import type { CriticalPath } from '../schedule/critical-path';
import type { WorkingCalendar } from '../schedule/working-calendar';
import type { WorkItem } from '../work-item';
import { levelSchedule, type LevellingOptions } from './level-schedule';
import { levellingFindings } from './levelling-findings';
import { projectProblem, SLOTS_PER_DAY, type ResourceSettings } from './project-problem';
import { resourceLoad, type ResourceLoad } from './resource-load';

export type WaitsFor =
  | { kind: 'start' }
  | { kind: 'fixed' }
  | { kind: 'predecessor'; key: string }
  | { kind: 'resource'; resource: string; holder: string | null };

export interface LevelledIssue {
  key: string;
  /** The person or pool it holds; null when it holds none. */
  resource: string | null;
  levelledStart: string;
  levelledFinish: string;
  earlyStart: string;
  earlyFinish: string;
  delayDays: number;
  waitsFor: WaitsFor;
  /** Levelled start and (exclusive) finish in working days from the project start, as the schedule's offsets. */
  startOffset: number;
  finishOffset: number;
}

export interface ProjectLevelling {
  cpmFinish: string;
  levelledFinish: string;
  /** Working days the levelled finish is after the CPM finish. */
  finishDelayDays: number;
  issues: Record<string, LevelledIssue>;
  /** Issues the levelling moved, most delayed first. */
  moved: string[];
  findings: Finding[];
  /** Load against capacity per person or pool per week, CPM and levelled (resource-load.ts). */
  load: ResourceLoad;
  method: 'priority' | 'search';
  seed: number;
  schedules: number;
}

export interface ProjectLevellingInput {
  schedule: CriticalPath;
  items: readonly WorkItem[];
  calendar: WorkingCalendar;
  resources: ResourceSettings;
  notBefore?: ReadonlyMap<string, number>;
  /** Levelling priority per issue key, smaller first (levelling-priority.ts); absent, slack then early start. */
  priority?: ReadonlyMap<string, number>;
  options?: LevellingOptions;
}

export function projectLevelling(input: ProjectLevellingInput): ProjectLevelling {
  const built = projectProblem(input.schedule, input.items, input.calendar, input.resources, input.notBefore);
  const { problem } = built;
  const { priority } = input;
  const options: LevellingOptions = priority === undefined ? (input.options ?? {}) : { ...input.options, priority: problem.names.map((key) => priority.get(key) ?? 0) };
  const result = levelSchedule(problem, options);
  const day = (s: number): number => Math.floor(s / SLOTS_PER_DAY);
  const first = (s: number): string => input.calendar.dateOf(day(s));
  const last = (s: number, f: number): string => (f > s ? input.calendar.dateOf(Math.ceil(f / SLOTS_PER_DAY) - 1) : first(s));
  const issues: Record<string, LevelledIssue> = {};
  problem.names.forEach((key, v) => {
    const s = result.start[v] ?? 0;
    const f = s + (result.duration[v] ?? 0);
    const es = result.earlyStart[v] ?? 0;
    const cpm = input.schedule.items[key];
    const wait = result.waits[v] ?? { kind: 'start' };
    const held = problem.demands[v]?.[0];
    issues[key] = {
      key,
      resource: held === undefined ? null : (problem.resources[held.resource]?.id ?? null),
      levelledStart: first(s),
      levelledFinish: last(s, f),
      earlyStart: cpm?.dates.earlyStart ?? first(es),
      earlyFinish: cpm?.dates.earlyFinish ?? first(es),
      delayDays: Math.max(0, (s - es) / SLOTS_PER_DAY),
      startOffset: s / SLOTS_PER_DAY,
      finishOffset: f / SLOTS_PER_DAY,
      waitsFor:
        wait.kind === 'predecessor'
          ? { kind: 'predecessor', key: problem.names[wait.activity] ?? '' }
          : wait.kind === 'resource'
            ? { kind: 'resource', resource: problem.resources[wait.resource]?.id ?? '', holder: wait.holder === null ? null : (problem.names[wait.holder] ?? null) }
            : wait,
    };
  });
  const levelledFinishSlot = Math.max(result.makespan, Math.round(input.schedule.projectFinish * SLOTS_PER_DAY));
  return {
    cpmFinish: input.schedule.projectFinishDate,
    levelledFinish: last(0, levelledFinishSlot),
    finishDelayDays: Math.max(0, (levelledFinishSlot - result.cpmFinish) / SLOTS_PER_DAY),
    issues,
    moved: Object.values(issues).filter((i) => i.delayDays > 0).sort((a, b) => b.delayDays - a.delayDays || a.key.localeCompare(b.key)).map((i) => i.key),
    findings: levellingFindings(built, result),
    load: resourceLoad(built, result, input.calendar),
    method: result.method,
    seed: result.seed,
    schedules: result.schedules,
  };
}
