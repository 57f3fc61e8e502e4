/**
 * The critical path method over the dependency graph (DESIGN.md section 1, "Critical path"; PMBOK Guide
 * 7th ed.): graph -> cycle cuts -> Kahn order -> forward pass -> backward pass; total slack = LF - EF,
 * critical = total slack <= 0, near-critical = total slack <= a threshold. O(V + E) besides cycle cuts.
 * Done items keep their actual dates (fixed); predecessors do not move them, and they bound no predecessor's
 * slack (finished work cannot be delayed): a done successor ahead of its predecessor is out-of-sequence progress.
 * Work under way runs from the status date for its remaining duration and shows its actual start.
 * Only work is scheduled (work-breakdown.ts): items that are not work are left out with their links, parents are
 * summary tasks whose links bind their activities (summary-links.ts) and whose dates roll up (summary-roll-up.ts).
 * The passes run in schedule-run.ts; this file turns their offsets into each item's dates, slack and findings.
 */
import type { DependencyKind } from '../dependency-rule';
import type { DependencyCycle } from './cycle-cuts';
import { KINDS, type DependencyGraph } from './dependency-graph';
import { scheduleRun, type CriticalPathInput } from './schedule-run';
import { scheduledEdges, type ScheduledEdge } from './scheduled-edges';
import { summaryRollUp, type SummaryTask } from './summary-roll-up';

export { scheduleRun, type CriticalPathInput } from './schedule-run';

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

