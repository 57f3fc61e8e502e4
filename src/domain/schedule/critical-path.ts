/**
 * The critical path method over the dependency graph (DESIGN.md section 1, "Critical path"; PMBOK Guide
 * 7th ed.): graph -> cycle cuts -> Kahn order -> forward pass -> backward pass; total slack = LF - EF,
 * critical = total slack <= 0, near-critical = total slack <= a threshold. O(V + E) besides cycle cuts.
 * Done items keep their actual dates (fixed); predecessors do not move them, and they bound no predecessor's
 * slack (finished work cannot be delayed): a done successor ahead of its predecessor is out-of-sequence progress.
 * Work under way runs from the status date for its remaining duration and shows its actual start.
 * Only work is scheduled (work-breakdown.ts): items that are not work are left out with their links, parents are
 * summary tasks whose links bind their activities (summary-links.ts) and whose dates roll up (summary-roll-up.ts).
 */
import { AppError } from '../../app-error';
import type { DependencyKind, DependencyRule } from '../dependency-rule';
import type { WorkItem } from '../work-item';
import { backwardPass } from './backward-pass';
import { cycleCuts, type DependencyCycle } from './cycle-cuts';
import { dependencyGraph, KINDS, type DependencyGraph } from './dependency-graph';
import { forwardPass } from './forward-pass';
import type { ScheduleNetwork } from './schedule-network';
import type { CutLink } from './greedy-cycle-cover';
import type { DurationSettings } from './item-duration';
import { itemTimes } from './item-times';
import { scheduledEdges, type ScheduledEdge } from './scheduled-edges';
import { summaryEnds } from './summary-links';
import { summaryRollUp, type SummaryTask } from './summary-roll-up';
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


export interface DrivingPredecessor {
  key: string;
  linkId: string;
  kind: DependencyKind;
  lagDays: number;
}

/** Offsets are working days from the project start; a finish offset is exclusive (the day after). */
export interface ScheduledItem {
  key: string;
  /** Linked from the scope but outside it: scheduled as a zero-length milestone unless fixed. */
  external: boolean;
  /**
   * Kept at its actual dates (input.actuals): no predecessor moves it. Done, it bounds no predecessor; held
   * at a committed date, a predecessor whose early finish is after it has negative slack (late).
   */
  fixed: boolean;
  /** Work under way: its remaining duration. */
  durationDays: number;
  /** Work under way (input.remaining, in scope, not fixed): scheduled from the status date for the work left. */
  underWay: boolean;
  earlyStart: number;
  /** Work under way that started before its early start (the status date): that start offset, else null. */
  actualStart: number | null;
  earlyFinish: number;
  lateStart: number;
  lateFinish: number;
  totalSlack: number;
  freeSlack: number;
  critical: boolean;
  /** Total slack <= nearCriticalDays; critical items are near-critical too. */
  nearCritical: boolean;
  /** The predecessor whose constraint sets the early start; null at the project start or when fixed. */
  drivingPredecessor: DrivingPredecessor | null;
  /** First and last working day, early and late (a zero-length item finishes on its start day). */
  dates: { earlyStart: string; earlyFinish: string; lateStart: string; lateFinish: string };
}

/** A done successor whose actual dates came before its link allowed (out-of-sequence progress). */
export interface OutOfSequence {
  predecessor: string;
  successor: string;
  linkId: string;
  kind: DependencyKind;
  lagDays: number;
  /** Working days by which the successor's actual start (FS, SS) or finish (FF, SF) came too early. */
  days: number;
}

export interface CriticalPath {
  projectStart: number;
  projectFinish: number;
  projectStartDate: string;
  projectFinishDate: string;
  items: Record<string, ScheduledItem>;
  /** Critical items in a topological order. */
  criticalKeys: string[];
  /** In-scope items without duration data, scheduled as zero-length. */
  missingDuration: string[];
  externalKeys: string[];
  cycles: DependencyCycle[];
  /** The schedule was computed without these links (the cuts that break the cycles). */
  ignoredLinkIds: string[];
  selfLinks: DependencyGraph['selfLinks'];
  duplicateLinks: DependencyGraph['duplicateLinks'];
  /** Links whose done successor went ahead of its predecessor (never negative slack: see backward-pass.ts). */
  outOfSequence: OutOfSequence[];
  /** With `includeEdges`: every dependency edge, cut ones included (ids in ignoredLinkIds; never tight). */
  edges: ScheduledEdge[];
  /** Parents with work among their children: their dates rolled up from their activities. Not in `items`. */
  summaries: Record<string, SummaryTask>;
  /** In-scope items that are not work: not scheduled, their links ignored. */
  notWork: string[];
  /** Links between a summary task and its own descendant: no edge. */
  summaryLinks: DependencyGraph['summaryLinks'];
}

/** Slack this close to zero is zero: fractional durations (hours / hours per day) add rounding error. */
const EPSILON = 1e-9;

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

export function criticalPath(input: CriticalPathInput): CriticalPath {
  const { calendar } = input;
  const run = scheduleRun(input);
  const { graph, cycles, removed, order, early, late, projectFinish, breakdown } = run;
  const { duration, fixedStart, missingDuration } = run.times;

  // Offsets repeat (a plan spans a few hundred working days), so each day's ISO date is computed once.
  const dates = new Map<number, string>();
  const dateOf = (offset: number): string => {
    const day = Math.floor(offset);
    let date = dates.get(day);
    if (date === undefined) dates.set(day, (date = calendar.dateOf(day)));
    return date;
  };
  const lastDay = (start: number, finish: number): string => dateOf(finish > start + EPSILON ? Math.ceil(finish - EPSILON) - 1 : milestoneDay(start));
  // A zero-length item at offset x happens when the work before it ends: on day x - 1 (not before day 0).
  const milestoneDay = (x: number): number => (Math.abs(x - Math.round(x)) <= EPSILON && x >= 1 ? Math.round(x) - 1 : Math.floor(x + EPSILON));
  const firstDay = (start: number, finish: number): string => dateOf(finish > start + EPSILON ? start : milestoneDay(start));
  const items: Record<string, ScheduledItem> = {};
  const criticalKeys: string[] = [];
  for (const v of order) {
    const key = graph.keys[v] ?? '';
    const es = early.earlyStart[v] ?? 0;
    const ef = early.earlyFinish[v] ?? 0;
    const ls = late.lateStart[v] ?? 0;
    const lf = late.lateFinish[v] ?? 0;
    const totalSlack = lf - ef;
    const e = early.drivingEdge[v] ?? -1;
    const critical = totalSlack <= EPSILON;
    const started = input.actualStarts?.get(key);
    const actualStart = started !== undefined && started < es && v < graph.inScopeCount && Number.isNaN(fixedStart[v] ?? NaN) ? started : null;
    if (critical) criticalKeys.push(key);
    items[key] = {
      key,
      external: v >= graph.inScopeCount,
      fixed: !Number.isNaN(fixedStart[v] ?? NaN),
      durationDays: duration[v] ?? 0,
      underWay: input.remaining?.has(key) === true && v < graph.inScopeCount && Number.isNaN(fixedStart[v] ?? NaN),
      earlyStart: es,
      actualStart,
      earlyFinish: ef,
      lateStart: ls,
      lateFinish: lf,
      totalSlack,
      freeSlack: late.freeSlack[v] ?? 0,
      critical,
      nearCritical: totalSlack <= input.nearCriticalDays + EPSILON,
      drivingPredecessor:
        e === -1
          ? null
          : {
              key: graph.keys[graph.edgeFrom[e] ?? 0] ?? '',
              linkId: graph.edgeLinkId[e] ?? '',
              kind: KINDS[graph.edgeKind[e] ?? 0] ?? 'FS',
              lagDays: graph.edgeLag[e] ?? 0,
            },
      dates: {
        earlyStart: actualStart === null ? firstDay(es, ef) : dateOf(actualStart),
        earlyFinish: lastDay(es, ef),
        lateStart: firstDay(ls, lf),
        lateFinish: lastDay(ls, lf),
      },
    };
  }
  return {
    projectStart: 0,
    projectFinish,
    projectStartDate: calendar.startDate,
    projectFinishDate: lastDay(0, projectFinish),
    items,
    criticalKeys,
    missingDuration,
    externalKeys: graph.keys.slice(graph.inScopeCount),
    cycles,
    ignoredLinkIds: [...new Set(cycles.flatMap((c) => c.ignoredLinks.map((l) => l.linkId)))],
    selfLinks: graph.selfLinks,
    duplicateLinks: graph.duplicateLinks,
    outOfSequence: late.outOfSequence.map(({ edge, days }) => ({
      predecessor: graph.keys[graph.edgeFrom[edge] ?? 0] ?? '',
      successor: graph.keys[graph.edgeTo[edge] ?? 0] ?? '',
      linkId: graph.edgeLinkId[edge] ?? '',
      kind: KINDS[graph.edgeKind[edge] ?? 0] ?? 'FS',
      lagDays: graph.edgeLag[edge] ?? 0,
      days,
    })),
    edges: input.includeEdges === true ? scheduledEdges(graph, removed, early) : [],
    summaries: Object.fromEntries(
      [...breakdown.leavesOf].flatMap(([key, leaves]) => {
        const task = summaryRollUp(key, leaves, items);
        return task === null ? [] : [[key, task] as const];
      }),
    ),
    notWork: [...breakdown.notWork],
    summaryLinks: graph.summaryLinks,
  };
}

