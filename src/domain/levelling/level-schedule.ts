/**
 * The levelled schedule (DESIGN.md section 1, "Resource levelling"): one pass of the serial scheme in the Microsoft
 * Project-like priority order (priority-rule.ts), or that pass improved by the genetic search with double
 * justification (genetic-search.ts) within a budget of schedules and time. "Within slack" keeps every start at or
 * before its late start, so the finish never moves, and leaves the rest over-allocated (one pass, as Microsoft
 * Project does). Demands no period can meet are left out and returned, so the rest is still levelled.
 */
import { compiledProblem, type CompiledProblem, type ImpossibleDemand } from './compiled-problem';
import { geneticSearch } from './genetic-search';
import type { LevellingProblem } from './levelling-problem';
import { priorityRuleList } from './priority-rule';
import { resourceWaits, type Wait } from './resource-waits';
import { serialScheduler } from './serial-schedule';
import { resourceLowerBound, unconstrainedTimes } from './unconstrained-times';

export interface LevellingOptions {
  /** `priority`: one pass in priority order; `search`: the genetic search from it (the default). */
  method?: 'priority' | 'search';
  /** Level only within slack: no activity finishes after its late finish. */
  withinSlack?: boolean;
  /** A rank per activity, smaller first (Jira priority, then rank); ties go by slack, then early start. */
  priority?: ArrayLike<number>;
  seed?: number;
  /** Schedules the search may generate; 3 per evaluation. */
  maxSchedules?: number;
  /** True once the time budget is spent (the caller's clock: the domain reads none). */
  deadline?: () => boolean;
}

export interface LevelledSchedule {
  /** Levelled start per activity, in periods; finish = start + duration. */
  start: Int32Array;
  duration: Int32Array;
  /** The levelled finish (the latest finish). */
  makespan: number;
  /** Early starts and finish ignoring resources: the CPM schedule in periods. */
  earlyStart: Int32Array;
  cpmFinish: number;
  /** Why each activity starts when it does (resource-waits.ts). */
  waits: Wait[];
  /** Within slack: activities left over-allocated because levelling them would pass their late start. */
  overAllocated: number[];
  impossible: ImpossibleDemand[];
  method: 'priority' | 'search';
  seed: number;
  schedules: number;
}

export const DEFAULT_SEED = 20_260_101;
export const DEFAULT_MAX_SCHEDULES = 50_000;

export function levelSchedule(problem: LevellingProblem, options: LevellingOptions = {}): LevelledSchedule {
  const { compiled, impossible } = compiledProblem(problem);
  const times = unconstrainedTimes(compiled);
  const seed = options.seed ?? DEFAULT_SEED;
  const first = priorityRuleList(compiled, times, options.priority);
  const start = new Int32Array(compiled.n);
  const over = new Uint8Array(compiled.n);
  const method = options.withinSlack === true ? 'priority' : (options.method ?? 'search');
  let list = first;
  let schedules = 1;
  if (method === 'search') {
    const lowerBound = Math.max(times.finish, resourceLowerBound(compiled));
    const search = geneticSearch(compiled, times, first, {
      seed,
      maxSchedules: options.maxSchedules ?? DEFAULT_MAX_SCHEDULES,
      lowerBound,
      ...(options.deadline ? { deadline: options.deadline } : {}),
    });
    list = search.list;
    schedules = search.schedules;
  }
  const makespan = serialScheduler(compiled).run(list, start, options.withinSlack === true ? times.lateStart : undefined, over);
  return result(compiled, start, makespan, times, over, impossible, method, seed, schedules);
}

function result(
  p: CompiledProblem,
  start: Int32Array,
  makespan: number,
  times: ReturnType<typeof unconstrainedTimes>,
  over: Uint8Array,
  impossible: ImpossibleDemand[],
  method: 'priority' | 'search',
  seed: number,
  schedules: number,
): LevelledSchedule {
  return {
    start,
    duration: p.duration,
    makespan,
    earlyStart: times.earlyStart,
    cpmFinish: times.finish,
    waits: resourceWaits(p, start, makespan),
    overAllocated: [...over.keys()].filter((v) => over[v] === 1),
    impossible,
    method,
    seed,
    schedules,
  };
}
