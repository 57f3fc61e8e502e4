/** Result types of `schedule/get` (the Dependencies tab) and `schedule/issue` (the issue panel). */
import type { Finding } from '../domain/finding';
import type { ScheduleSummary } from './schedule-summaries';

/** One issue on the schedule (a node of the dependency map and a row of the schedule table). */
export interface ScheduleNode {
  key: string;
  summary: string;
  type: string;
  status: string;
  statusCategory: 'todo' | 'inProgress' | 'done';
  projectKey: string;
  /** The epic (or other parent) the issue belongs to, for grouping and the epic filter. */
  parentKey: string | null;
  assignee: { accountId: string; displayName: string } | null;
  /** Linked from the scope but outside it (another project, or outside the scope JQL). */
  external: boolean;
  /** Working days; for work under way (`underWay`), the days LEFT from the status date, not the whole duration. */
  durationDays: number;
  /**
   * Work under way (in progress, in scope, not done): scheduled from the status date for the work left. Then
   * `earlyStart` is the day it actually started when that is known and earlier (`actualStart`, else the status
   * date), `earlyFinish` its forecast finish and `durationDays` the working days left (`daysLeft`). Absent otherwise.
   */
  underWay?: { actualStart: string | null; daysLeft: number };
  /** No duration data: scheduled as taking no time. */
  missingDuration: boolean;
  /** Kept at known dates: done work at its actual dates, open work outside the scope at its due date. */
  fixed: boolean;
  /** Working-day offsets from the project start, for drawing; finish offsets are exclusive. */
  offsets: { earlyStart: number; earlyFinish: number; lateStart: number; lateFinish: number };
  /** First and last working days (ISO dates). */
  earlyStart: string;
  earlyFinish: string;
  lateStart: string;
  lateFinish: string;
  totalSlackDays: number;
  freeSlackDays: number;
  critical: boolean;
  nearCritical: boolean;
  dueDate: string | null;
  /** Open work whose early finish is after its due date, or whose due date has passed. */
  late: boolean;
  /** Open work in a status named like "Blocked", or flagged. */
  blocked: boolean;
  drivingPredecessor: { key: string; kind: 'FS' | 'SS' | 'FF' | 'SF'; lagDays: number } | null;
}

export interface ScheduleEdge {
  linkId: string;
  linkType: string;
  from: string;
  to: string;
  kind: 'FS' | 'SS' | 'FF' | 'SF';
  lagDays: number;
  /** Both ends critical and the constraint tight: part of the critical path. */
  critical: boolean;
  /** Left out of the schedule to break a cycle. */
  ignored: boolean;
  /** The link is one of a dependency cycle. */
  inCycle: boolean;
}

export interface ScheduleCycle {
  issueKeys: string[];
  suggestedCut: { linkId: string; fromKey: string; toKey: string; kind: 'FS' | 'SS' | 'FF' | 'SF' };
  ignoredLinkIds: string[];
}

export interface ScheduleResult {
  project: { key: string; name: string };
  scopeJql: string;
  asOf: string;
  projectStart: string;
  projectFinish: string;
  durationDays: number;
  nearCriticalDays: number;
  nodes: ScheduleNode[];
  edges: ScheduleEdge[];
  cycles: ScheduleCycle[];
  /** Data quality as it bears on the schedule, each with its effect. */
  findings: Finding[];
  /** Parents whose dates roll up from their children (not nodes); absent from a stored (background) analysis. */
  summaries?: ScheduleSummary[];
  /** Present when the project is large and its schedule is computed in the background (DESIGN.md section 5). */
  background?: ScheduleBackground;
}

/**
 * A large project's schedule, computed by a queue consumer and stored: `computing` while none is stored yet
 * (the answer has no nodes; ask again later), `ready` with when it was computed and whether a refresh is on its way.
 */
export type ScheduleBackground =
  | { state: 'computing'; issueCount: number; queuedAt: string }
  | { state: 'ready'; issueCount: number; computedAt: string; refreshing: boolean; hiddenIssues: number };

/** The issue panel: one issue's place in its project's schedule. */
export interface IssueScheduleResult {
  issueKey: string;
  /** Null when the issue is outside every scope Keel schedules (then `message` says why). */
  schedule: {
    project: { key: string; name: string };
    projectFinish: string;
    node: ScheduleNode;
    /** Up to two levels each way; `via` is the link between the neighbour and the issue nearer this one. */
    predecessors: { level: 1 | 2; via: ScheduleEdge; node: ScheduleNode }[];
    successors: { level: 1 | 2; via: ScheduleEdge; node: ScheduleNode }[];
    /** Start first, ending with this issue. */
    drivingChain: ScheduleNode[];
    /** Predecessors (any level) that are late or blocked. */
    troubledPredecessors: { node: ScheduleNode; reasons: ('late' | 'blocked')[] }[];
    inCycle: boolean;
    /** Links of this issue to issues the viewer cannot see (left out of their schedule); null when not checked. */
    hiddenLinks: number | null;
  } | null;
  message: string | null;
  /**
   * Present when the project is large and the panel reads its stored analysis (DESIGN.md section 5): `computing`
   * while none is stored yet (`schedule` is null: ask again later); `ready` with when it was computed, whether a
   * refresh is on its way, and `hiddenIssues`, how many of the issues the panel would show the viewer may not browse.
   * While computing, `issueCount` is the viewer's count from one search page (5,000 at most: a lower bound above that).
   */
  background?: ScheduleBackground;
}
