/**
 * The levelled schedule (DESIGN.md section 1, "Resource levelling"): one pass of the serial scheme in the Microsoft
 * Project-like priority order (priority-rule.ts), or that pass improved by the genetic search with double
 * justification (genetic-search.ts) within a budget of schedules generated (the result depends only on the input
 * and seed); the caller's clock is only a safety cap, and `cutShort` says when it decided. "Within slack" keeps every start at or
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
  /** Schedules the search may generate (about 3 per evaluation); default `scheduleBudget(n)`. This decides the result. */
  maxSchedules?: number;
  /**
   * A safety cap on the caller's clock (the domain reads none): true once it is spent. The schedule budget is sized
   * to end well before it; when it does cut the search, `cutShort` says so, since the schedule then depends on the
   * machine's speed and not only on the input and seed.
   */
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
  /** The schedules the search was allowed (its budget). */
  maxSchedules: number;
  /** The deadline, not the schedule budget, ended the search: the same input and seed may level differently elsewhere. */
  cutShort: boolean;
}

export const DEFAULT_SEED = 20_260_101;
/** The search's budget on small problems (J30: 32 activities), in schedules generated. */
export const DEFAULT_MAX_SCHEDULES = 30_000;
/** Activities placed in all, the budget's size-independent form: 30,000 schedules of 32 activities (PSPLIB J30). */
const PLACEMENTS = DEFAULT_MAX_SCHEDULES * 32;
/** Even a large problem gets a couple of generations of a population of 40 (3 schedules each, more when justified again). */
const MIN_SCHEDULES = 300;

/**
 * The schedule budget for n activities: a fixed amount of work (PLACEMENTS activities placed by the serial scheme),
 * so the time grows about linearly with the problem and the result depends only on the input and seed.
 * Examples: 32 -> 30,000; 120 -> 8,000; 1,000 -> 960; 5,000 -> 300.
 */
export function scheduleBudget(n: number): number {
  return Math.min(DEFAULT_MAX_SCHEDULES, Math.max(MIN_SCHEDULES, Math.floor(PLACEMENTS / Math.max(1, n))));
}

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
  let cutShort = false;
  const maxSchedules = options.maxSchedules ?? scheduleBudget(compiled.n);
  if (method === 'search') {
    const lowerBound = Math.max(times.finish, resourceLowerBound(compiled));
    const search = geneticSearch(compiled, times, first, {
      seed,
      maxSchedules,
      lowerBound,
      ...(options.deadline ? { deadline: options.deadline } : {}),
    });
    list = search.list;
    schedules = search.schedules;
    cutShort = search.cutShort;
  }
  const makespan = serialScheduler(compiled).run(list, start, options.withinSlack === true ? times.lateStart : undefined, over);
  return { ...result(compiled, start, makespan, times, over, impossible, method, seed, schedules), maxSchedules, cutShort };
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
): Omit<LevelledSchedule, 'maxSchedules' | 'cutShort'> {
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
