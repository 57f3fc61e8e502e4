/** Result types of `schedule/get` (the Dependencies tab) and `schedule/issue` (the issue panel). */
import * as z from 'zod/mini';
import { chaseList } from './chase';
import { finding } from './finding';
import { hiddenWork } from './hidden-work';
import { scheduleSummary } from './schedule-summaries';
import { projectRef } from './report-scope';
import { scheduleBackground } from './schedule-background';
import { scheduleSummaryResult } from './schedule-summary-result';
import { statusCategory } from './status-category';

export { scheduleBackground, type ScheduleBackground } from './schedule-background';

export const dependencyKind = z.enum(['FS', 'SS', 'FF', 'SF']);

/** One issue on the schedule (a node of the dependency map and a row of the schedule table). */
export const scheduleNode = z.object({
  key: z.string(),
  summary: z.string(),
  type: z.string(),
  status: z.string(),
  statusCategory,
  projectKey: z.string(),
  /** The epic (or other parent) the issue belongs to, for grouping and the epic filter. */
  parentKey: z.nullable(z.string()),
  assignee: z.nullable(z.object({ accountId: z.string(), displayName: z.string() })),
  /** Linked from the scope but outside it (another project, or outside the scope JQL). */
  external: z.boolean(),
  /** Working days; for work under way (`underWay`), the days LEFT from the status date, not the whole duration. */
  durationDays: z.number(),
  /**
   * Work under way (in progress, in scope, not done): scheduled from the status date for the work left. Then
   * `earlyStart` is the day it actually started when that is known and earlier (`actualStart`, else the status
   * date), `earlyFinish` its forecast finish and `durationDays` the working days left (`daysLeft`). Absent otherwise.
   */
  underWay: z.optional(z.object({ actualStart: z.nullable(z.string()), daysLeft: z.number() })),
  /** No duration data: scheduled as taking no time. */
  missingDuration: z.boolean(),
  /** Kept at known dates: done work at its actual dates, open work outside the scope at its due date. */
  fixed: z.boolean(),
  /** Working-day offsets from the project start, for drawing; finish offsets are exclusive. */
  offsets: z.object({ earlyStart: z.number(), earlyFinish: z.number(), lateStart: z.number(), lateFinish: z.number() }),
  /** First and last working days (ISO dates). */
  earlyStart: z.string(),
  earlyFinish: z.string(),
  lateStart: z.string(),
  lateFinish: z.string(),
  totalSlackDays: z.number(),
  freeSlackDays: z.number(),
  critical: z.boolean(),
  nearCritical: z.boolean(),
  dueDate: z.nullable(z.string()),
  /**
   * Working days from its due date to its early finish: positive when it finishes after its due date (late by that
   * many), negative when before; null without a due date. Absent from analyses stored before it existed.
   */
  dueVarianceDays: z.optional(z.nullable(z.number())),
  /** Open work whose early finish is after its due date, or whose due date has passed. */
  late: z.boolean(),
  /** Open work in a status named like "Blocked", or flagged. */
  blocked: z.boolean(),
  drivingPredecessor: z.nullable(z.object({ key: z.string(), kind: dependencyKind, lagDays: z.number() })),
});
export type ScheduleNode = z.infer<typeof scheduleNode>;

export const scheduleEdge = z.object({
  linkId: z.string(),
  linkType: z.string(),
  from: z.string(),
  to: z.string(),
  kind: dependencyKind,
  lagDays: z.number(),
  /** Both ends critical and the constraint tight: part of the critical path. */
  critical: z.boolean(),
  /** Left out of the schedule to break a cycle. */
  ignored: z.boolean(),
  /** The link is one of a dependency cycle. */
  inCycle: z.boolean(),
});
export type ScheduleEdge = z.infer<typeof scheduleEdge>;

export const scheduleCycle = z.object({
  issueKeys: z.array(z.string()),
  suggestedCut: z.object({ linkId: z.string(), fromKey: z.string(), toKey: z.string(), kind: dependencyKind }),
  ignoredLinkIds: z.array(z.string()),
});
export type ScheduleCycle = z.infer<typeof scheduleCycle>;

/** The working calendar the schedule was computed with, so a Gantt shades the days nobody works. */
export const scheduleCalendar = z.object({
  /** ISO weekdays worked, Monday = 1 ... Sunday = 7. */
  workingWeekdays: z.array(z.number()),
  /** YYYY-MM-DD. */
  holidays: z.array(z.string()),
});
export type ScheduleCalendar = z.infer<typeof scheduleCalendar>;

/** A project's schedule as computed, and as stored for a large project (analysis-store.ts). */
export const computedSchedule = z.object({
  project: projectRef,
  scopeJql: z.string(),
  asOf: z.string(),
  projectStart: z.string(),
  projectFinish: z.string(),
  durationDays: z.number(),
  nearCriticalDays: z.number(),
  nodes: z.array(scheduleNode),
  edges: z.array(scheduleEdge),
  cycles: z.array(scheduleCycle),
  /** Data quality as it bears on the schedule, each with its effect. */
  findings: z.array(finding),
  /** Parents whose dates roll up from their children (not nodes); absent from a stored (background) analysis. */
  summaries: z.optional(z.array(scheduleSummary)),
  /** Absent from an analysis stored before it was added: then Monday to Friday without holidays is assumed. */
  calendar: z.optional(scheduleCalendar),
});

/** Set on `schedule/get` when the whole schedule is over the answer budget: nodes and links are then left out. */
export const largeSchedule = z.object({
  issueCount: z.number(),
  linkCount: z.number(),
  criticalCount: z.number(),
  cycleCount: z.number(),
  /** The whole answer's size in bytes of JSON, which is why it was not sent. */
  fullBytes: z.number(),
});
export type LargeSchedule = z.infer<typeof largeSchedule>;

export const scheduleResult = z.object({
  ...computedSchedule.shape,
  /** Set when the whole schedule is over the answer budget (schedule-views.ts): then nodes and edges are empty, summaries absent. */
  large: z.optional(largeSchedule),
  /** Present when the project is large and its schedule is computed in the background (DESIGN.md section 5). */
  background: z.optional(scheduleBackground),
  /** What to chase this week (chase.ts); absent from answers that are not `schedule/get`'s. */
  chase: z.optional(chaseList),
  /** Work the viewer cannot see that bears on this schedule (hidden-work.ts); absent when there is none. */
  hidden: z.optional(hiddenWork),
  /**
   * Beside a head (`large`), when both fit the answer budget: `schedule/summary`'s answer without the forecast's
   * figures (no `forecast`, no group's `criticality`), so the map opens on the epics without a second call in
   * series; the figures follow from `schedule/summary`. Absent otherwise: the tab asks `schedule/summary`.
   */
  summary: z.optional(scheduleSummaryResult),
  /**
   * The version of the summary carried beside the head (a hash of it); alone, without `summary`, when the caller
   * said it holds that version (`summaryHeld`): the summary is then the one it holds. Absent when none is carried.
   */
  summaryVersion: z.optional(z.string()),
});
export type ScheduleResult = z.infer<typeof scheduleResult>;

const neighbour = z.object({ level: z.union([z.literal(1), z.literal(2)]), via: scheduleEdge, node: scheduleNode });

/** The issue panel: one issue's place in its project's schedule. */
export const issueScheduleResult = z.object({
  issueKey: z.string(),
  /** Null when the issue is outside every scope Keel schedules (then `message` says why). */
  schedule: z.nullable(
    z.object({
      project: projectRef,
      projectFinish: z.string(),
      node: scheduleNode,
      /** Up to two levels each way; `via` is the link between the neighbour and the issue nearer this one. */
      predecessors: z.array(neighbour),
      successors: z.array(neighbour),
      /** Start first, ending with this issue. */
      drivingChain: z.array(scheduleNode),
      /** Predecessors (any level) that are late or blocked. */
      troubledPredecessors: z.array(z.object({ node: scheduleNode, reasons: z.array(z.enum(['late', 'blocked'])) })),
      inCycle: z.boolean(),
      /** Links of this issue to issues the viewer cannot see (left out of their schedule); null when not checked. */
      hiddenLinks: z.nullable(z.number()),
    }),
  ),
  message: z.nullable(z.string()),
  /**
   * Present (and `schedule` null) when the issue is a parent: a summary task, never an activity of its own. Its
   * dates roll up from its activities (the first SUMMARY_ACTIVITIES_SHOWN are listed; `summary.activityCount` says
   * how many); its neighbours are the work outside it linked to them; `hiddenLinks` counts the links binding it
   * (its own, its parents' and its activities') to issues the viewer cannot see, null when not checked.
   */
  summaryTask: z.optional(
    z.object({
      project: projectRef,
      projectFinish: z.string(),
      summary: scheduleSummary,
      activities: z.array(scheduleNode),
      predecessors: z.array(neighbour),
      successors: z.array(neighbour),
      hiddenLinks: z.nullable(z.number()),
    }),
  ),
  /**
   * Present when the project is large and the panel reads its stored analysis (DESIGN.md section 5): `computing`
   * while none is stored yet (`schedule` is null: ask again later); `ready` with when it was computed, whether a
   * refresh is on its way, and `hiddenIssues`, how many of the issues the panel would show the viewer may not browse.
   * While computing, `issueCount` is the viewer's count from one search page (5,000 at most: a lower bound above that).
   */
  background: z.optional(scheduleBackground),
});
export type IssueScheduleResult = z.infer<typeof issueScheduleResult>;
