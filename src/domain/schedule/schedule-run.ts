/**
 * One run of the critical path method's passes (critical-path.ts dates and names what it finds): the work
 * breakdown's activities -> dependency graph -> cycle cuts -> Kahn order -> forward and backward pass, on offsets
 * in working days. The forecast (domain/forecast) samples durations on the very network a run holds.
 */
import { AppError } from '../../app-error';
import type { DependencyRule } from '../dependency-rule';
import type { WorkItem } from '../work-item';
import { backwardPass } from './backward-pass';
import { cycleCuts } from './cycle-cuts';
import { dependencyGraph, type DependencyGraph } from './dependency-graph';
import { forwardPass } from './forward-pass';
import type { ScheduleNetwork } from './schedule-network';
import type { CutLink } from './greedy-cycle-cover';
import type { DurationSettings } from './item-duration';
import { itemTimes } from './item-times';
import { summaryEnds } from './summary-links';
import { topologicalOrder } from './topological-order';
import { workBreakdown, type WorkBreakdown } from './work-breakdown';
import type { WorkingCalendar } from './working-calendar';

export interface CriticalPathInput {
  items: readonly WorkItem[];
  rules: readonly DependencyRule[];
  calendar: WorkingCalendar;
  duration: DurationSettings;
  /**
   * Actual dates of done items as calendar offsets: start = the first day worked, finish = the day after
   * the last (so a one-day task on day 3 is { start: 3, finish: 4 }). Keys not in the graph are ignored.
   * `committed`: not done, but held at a date another team committed to (open work outside the scope at its
   * due date); it can still slip, so unlike done work it bounds its predecessors' late dates and slack.
   */
  actuals?: ReadonlyMap<string, { start: number; finish: number; committed?: boolean }>;
  /**
   * Offsets before which items may not start: open work cannot start before the status date (as-of).
   * Ignored for fixed items. Keys not in the graph are ignored.
   */
  notBefore?: ReadonlyMap<string, number>;
  /**
   * Work under way: its remaining duration in working days (remaining-duration.ts), which replaces its whole
   * duration, so it runs from its notBefore (the status date) to the status date plus the work left.
   */
  remaining?: ReadonlyMap<string, number>;
  /** Work under way: the offset it actually started on, shown as its early start (the passes use the status date). */
  actualStarts?: ReadonlyMap<string, number>;
  /** Total slack, in working days, at or below which an item is near-critical. */
  nearCriticalDays: number;
  /** Also list every edge as scheduled (for drawing); off, the result's `edges` is empty. */
  includeEdges?: boolean;
  /** A lag per link id, in working days, replacing its rule's (a what-if scenario's edit); absent, every link has its rule's. */
  linkLags?: ReadonlyMap<string, number>;
  /** False for items that are not work (risks, decisions, types the admin marks); absent, every item is work. */
  isWork?: (item: WorkItem) => boolean;
}

/** The passes over the activities; SS and SF links out of a summary start from `startOf` (none when null). */
function passes(input: CriticalPathInput, breakdown: WorkBreakdown, startOf: (summary: string) => string | null) {
  let startsWanted = false;
  const graph = dependencyGraph(breakdown.activities, input.rules, summaryEnds(breakdown, input.items, (summary) => {
    const start = startOf(summary);
    if (start === null) startsWanted = true;
    return start;
  }), input.linkLags);
  const cuts = cycleCuts(graph);
  const { removed } = cuts;
  // A cut of a link touching a summary is named by the link's own ends, the ones to edit in Jira.
  const named = (cut: CutLink): CutLink => ({ ...cut, ...graph.summaryLinkEnds.get(cut.linkId) });
  const cycles = cuts.cycles.map((c) => ({ ...c, suggestedCut: named(c.suggestedCut), ignoredLinks: c.ignoredLinks.map(named) }));
  const order = topologicalOrder(graph, removed);
  if (!order) throw new AppError('INTERNAL', 'Cycle cuts left a cycle in the dependency graph.');

  const times = itemTimes(graph, { ...input, items: breakdown.activities });
  const { duration, fixedStart, fixedFinish, done } = times;
  const earliestStart = new Float64Array(graph.keys.length);
  for (const [key, offset] of input.notBefore ?? []) {
    const v = graph.indexOf.get(key);
    if (v !== undefined && Number.isNaN(fixedStart[v] ?? NaN)) earliestStart[v] = Math.max(0, offset);
  }
  const network: ScheduleNetwork = { graph, removed, duration, fixedStart, fixedFinish, done, order, earliestStart };
  const early = forwardPass(network);
  let projectFinish = 0;
  for (const ef of early.earlyFinish) if (ef > projectFinish) projectFinish = ef;
  const late = backwardPass(network, early, projectFinish);
  return { graph, network, cycles, removed, order, times, early, late, projectFinish, startsWanted };
}

/** Each summary's earliest-starting activity in a schedule without the links that wait for summary starts. */
function summaryStarts(breakdown: WorkBreakdown, graph: DependencyGraph, earlyStart: Float64Array): Map<string, string> {
  const starts = new Map<string, string>();
  for (const [summary, leaves] of breakdown.leavesOf) {
    let best: string | undefined;
    let bestStart = Number.POSITIVE_INFINITY;
    for (const leaf of leaves) {
      const es = earlyStart[graph.indexOf.get(leaf) ?? -1] ?? Number.POSITIVE_INFINITY;
      if (es < bestStart) [best, bestStart] = [leaf, es];
    }
    if (best !== undefined) starts.set(summary, best);
  }
  return starts;
}

/**
 * The network the passes ran on and their result: the activities' graph without the cycle cuts, its order,
 * durations and fixed dates. The forecast (domain/forecast) samples durations on this very network.
 * SS and SF links out of a summary start from its earliest-starting activity in the first run's schedule.
 */
export function scheduleRun(input: CriticalPathInput): ReturnType<typeof passes> & { breakdown: WorkBreakdown } {
  const breakdown = workBreakdown(input.items, input.isWork ?? (() => true));
  let run = passes(input, breakdown, () => null);
  if (run.startsWanted) {
    const starts = summaryStarts(breakdown, run.graph, run.early.earlyStart);
    run = passes(input, breakdown, (summary) => starts.get(summary) ?? null);
  }
  return { ...run, breakdown };
}
