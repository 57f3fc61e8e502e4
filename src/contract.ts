/**
 * The contract between the UI (static/) and the back end (src/resolvers): resolver keys, payload
 * schemas, result types and error codes. Both sides import this file, so a misspelt key is a compile error.
 */
import { z } from 'zod';

export { ERROR_CODES, type ErrorCode } from './error-codes';
import type { ErrorCode } from './error-codes';

export type ResolverResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: ErrorCode; message: string } };

export type { Finding, FindingKind } from './domain/finding';
export type { TypeStatusCount } from './domain/scope-summary';
export type { LinkTypeCount } from './domain/link-summary';
import type { ProjectOverview } from './domain/project-overview';
import type { Finding } from './domain/finding';

/** The Overview of the project page (and of `keel analyze`'s `overview` section). */
export interface OverviewResult extends ProjectOverview {
  project: { key: string; name: string };
  scopeJql: string;
  /** ISO date the figures were computed for. */
  asOf: string;
}

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
  durationDays: number;
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
}

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
}

export const overviewPayload = z.object({
  projectKey: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{0,19}$/, 'projectKey must be a Jira project key such as WEB'),
});
export type OverviewPayload = z.infer<typeof overviewPayload>;

export const schedulePayload = overviewPayload;
export type SchedulePayload = z.infer<typeof schedulePayload>;

export const issueSchedulePayload = z.object({
  issueKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,19}-[1-9][0-9]*$/, 'issueKey must be a Jira issue key such as PAY-12'),
});
export type IssueSchedulePayload = z.infer<typeof issueSchedulePayload>;

/** Every resolver: its payload schema and result type. */
export const resolvers = {
  'overview/get': { payload: overviewPayload, result: null as unknown as OverviewResult },
  'schedule/get': { payload: schedulePayload, result: null as unknown as ScheduleResult },
  'schedule/issue': { payload: issueSchedulePayload, result: null as unknown as IssueScheduleResult },
  'evm/get': { payload: overviewPayload.extend({ baseline: baselineNameSchema().default('current') }), result: null as unknown as EvmResult },
  'baselines/list': { payload: overviewPayload, result: null as unknown as BaselineListResult },
  'baselines/create': { payload: overviewPayload.extend({ name: baselineNameSchema() }), result: null as unknown as BaselineSummary },
  'baselines/delete': { payload: overviewPayload.extend({ name: baselineNameSchema() }), result: null as unknown as { deleted: boolean } },
  'baselines/compare': { payload: overviewPayload.extend({ from: baselineNameSchema(), to: baselineNameSchema() }), result: null as unknown as BaselineComparison },
  'risks/get': { payload: overviewPayload, result: null as unknown as RiskRegisterResult },
  'history/get': { payload: historyPayloadSchema(), result: null as unknown as HistoryResult },
  'history/track': { payload: overviewPayload, result: null as unknown as HistoryTracking },
  'history/untrack': { payload: overviewPayload, result: null as unknown as HistoryTracking },
} as const;
export type ResolverKey = keyof typeof resolvers;
export type PayloadOf<K extends ResolverKey> = z.input<(typeof resolvers)[K]['payload']>;
export type ResultOf<K extends ResolverKey> = (typeof resolvers)[K]['result'];

// Earned value (DESIGN.md section 1, "Earned value"): `evm/get` and `keel analyze`'s `evm` section.

export const evmPayload = resolvers['evm/get'].payload;
export type EvmPayload = z.infer<typeof evmPayload>;

/** A stored baseline, as listed. */
export interface BaselineSummary {
  name: string;
  createdAt: string;
  createdBy: string;
  issueCount: number;
  bac: number;
}
export interface BaselineListResult {
  projectKey: string;
  baselines: BaselineSummary[];
}

export type EvmFindingKind =
  | 'no-budget'
  | 'negative'
  | 'not-a-number'
  | 'above-ceiling'
  | 'no-rate'
  | 'no-planned-dates'
  | 'finish-before-start'
  | 'percent-out-of-range'
  | 'parent-cycle'
  | 'replaced-by-children'
  | 'no-worklogs'
  | 'worklog-before-start'
  | 'history-assumed'
  | 'scope-truncated'
  | 'not-in-baseline'
  | 'baseline-issue-missing';

/** Data the figures had to leave out or guess, with its effect on them ("AC excludes 12.5 h"). */
export interface EvmFinding {
  kind: EvmFindingKind;
  severity: 'info' | 'warning';
  title: string;
  /** What it does to the figures, and how to fix it in Jira or in Keel's settings. */
  effect: string;
  issueKeys: string[];
  details: string[];
  count: number;
}

/** A figure per estimate at completion: PMI's three and the bottom-up one (AC + remaining estimates x rates). */
export interface EvmPerEac {
  cpi: number | null;
  budgetRate: number | null;
  cpiTimesSpi: number | null;
  bottomUp: number | null;
}

/** Every figure as of the status date, in the settings' currency; null = not defined (see `notDefined`). */
export interface EvmFigures {
  bac: number;
  pv: number;
  ev: number;
  ac: number;
  sv: number;
  cv: number;
  spi: number | null;
  cpi: number | null;
  eac: EvmPerEac;
  etc: EvmPerEac;
  vac: EvmPerEac;
  tcpiBac: number | null;
  tcpiEac: EvmPerEac;
  /** EV / BAC. */
  percentComplete: number | null;
}

/** Earned schedule (Lipke), in working days from the project start. */
export interface EvmEarnedSchedule {
  es: number;
  at: number;
  svt: number;
  spit: number | null;
  plannedDuration: number;
  plannedFinish: string | null;
  forecastDuration: number | null;
  forecastFinish: string | null;
}

export interface EvmPoint {
  date: string;
  pv: number;
  /** Null after the status date. */
  ev: number | null;
  ac: number | null;
}

/** One row of the per-epic breakdown; `key` null gathers the issues under no epic. */
export interface EvmEpicRow {
  key: string | null;
  summary: string;
  issueCount: number;
  bac: number;
  pv: number;
  ev: number;
  ac: number;
  spi: number | null;
  cpi: number | null;
}

export interface EvmResult {
  project: { key: string; name: string };
  scopeJql: string;
  asOf: string;
  currency: string;
  /** The planned dates and budgets PV comes from; `current` is the issues' planned dates as they stand. */
  baseline: { name: string; description: string };
  method: { budget: string; percentComplete: string; actualCost: string };
  period: 'day' | 'week';
  projectStart: string;
  figures: EvmFigures;
  earnedSchedule: EvmEarnedSchedule;
  /** Why each null figure is not defined, e.g. `{ figure: 'cpi', reason: 'AC is 0: nothing spent yet' }`. */
  notDefined: { figure: string; reason: string }[];
  /** Cumulative PV, EV and AC per period, from the project start to the planned finish (or the status date). */
  series: EvmPoint[];
  epics: EvmEpicRow[];
  findings: EvmFinding[];
}

// Risk register (DESIGN.md section 1, "Risk register"): `risks/get`, `keel analyze`'s `risks` section, `keel risks`.

export type { RiskOwner, RiskScale, ScoredRisk } from './domain/risk/risk-record';
export type { DerivedRisk, DerivedRiskKind } from './domain/risk/derived-risk';
export type { HeatMap } from './domain/risk/heat-map';
import type { RiskRegister } from './domain/risk/risk-register';
import type { RiskScale } from './domain/risk/risk-record';

export const risksPayload = overviewPayload;
export type RisksPayload = z.infer<typeof risksPayload>;

/** The Risks tab: the scored register, schedule risks derived from the plan, heat maps and flags. */
export interface RiskRegisterResult extends RiskRegister {
  project: { key: string; name: string };
  scopeJql: string;
  asOf: string;
  /** The issue type read as risks. */
  riskIssueType: string;
  scale: RiskScale;
  weights: { critical: number; nearCritical: number };
  /** Each risk field (probability, impact, owner ...) and the site field read for it; null ids were not found. */
  fields: { slot: string; fieldId: string | null; fieldName: string | null }[];
  /** What the admin should map for a complete register (no risk type in scope, no probability field ...). */
  setupProblems: string[];
}

/** A baseline's name: hoisted (a function) because the resolver table above uses it. */
function baselineNameSchema() {
  return z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$/, 'a baseline name has 1 to 50 letters, digits, spaces, dots, dashes or underscores');
}

// History (DESIGN.md section 1, earned value "History" and the risk register's trend): daily snapshots taken by
// the scheduled trigger for every tracked project; `history/get`, `history/track`, `history/untrack`.

import type { HeatMap } from './domain/risk/heat-map';

export type HistoryPayload = z.infer<ReturnType<typeof historyPayloadSchema>>;

/** The EVM figures of one day, as `evm/get` computed them against the current plan (baseline `current`). */
export interface EvmSnapshot {
  asOf: string;
  currency: string;
  figures: EvmFigures;
  earnedSchedule: { es: number; at: number; spit: number | null; forecastFinish: string | null };
  findingCount: number;
}

/** The risk register's exposure on one day: open risks only, scores as the register computes them. */
export interface RiskSnapshot {
  asOf: string;
  scale: RiskScale;
  openRisks: number;
  /** Sum of the open risks' inherent and residual scores (1-25 each, or money on the percent-and-money scale). */
  exposure: { inherent: number; residual: number };
  heatMap: { inherent: HeatMap; residual: HeatMap };
  derivedRisks: number;
}

/** One project's snapshot of one day (UTC); a part that could not be computed is null, with the reason. */
export interface HistorySnapshot {
  date: string;
  /** When the snapshot was last written (a second run the same day overwrites it). */
  takenAt: string;
  evm: EvmSnapshot | null;
  evmProblem: string | null;
  risks: RiskSnapshot | null;
  risksProblem: string | null;
}

export interface HistoryTracking {
  projectKey: string;
  /** Whether the daily trigger snapshots the project. */
  tracked: boolean;
}

export interface HistoryResult extends HistoryTracking {
  /** Oldest first. */
  snapshots: HistorySnapshot[];
  /** More snapshots matched than one answer carries: ask again with a later `from`. */
  truncated: boolean;
}

/** `history/get`'s payload: a project and an optional range of ISO dates, both ends included. Hoisted like the above. */
function historyPayloadSchema() {
  const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');
  return overviewPayload
    .extend({ from: isoDate.optional(), to: isoDate.optional() })
    .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, { message: 'from must not be after to', path: ['from'] });
}

// Comparing two plans (DESIGN.md section 1, "Baselines"): `baselines/compare`. Either side is a stored baseline or
// `current` (the issues' planned dates and budgets as they stand).

/** One side of a comparison, as the viewer sees it. */
export interface ComparedPlan {
  /** `current`, or a stored baseline's name. */
  name: string;
  /** When a stored baseline was made; null for `current`. */
  createdAt: string | null;
  /** Issues of this plan the viewer sees (the only ones compared). */
  issueCount: number;
  /** BAC over those issues. */
  bac: number;
  /** The latest planned finish of those issues; null when none has one. */
  plannedFinish: string | null;
  /** Entries of a stored baseline for issues the viewer does not see now (moved, deleted or hidden): counted, never named. */
  hidden: number;
}

/** One issue whose plan differs; `from`/`to` null when it is not in that plan. Days are working days, later positive. */
export interface BaselineIssueChange {
  key: string;
  summary: string;
  change: 'added' | 'removed' | 'changed';
  from: { budget: number; start: string | null; finish: string | null } | null;
  to: { budget: number; start: string | null; finish: string | null } | null;
  startMovedDays: number | null;
  finishMovedDays: number | null;
  budgetChange: number;
}

export interface BaselineComparison {
  project: { key: string; name: string };
  currency: string;
  from: ComparedPlan;
  to: ComparedPlan;
  totals: {
    bacChange: number;
    /** Working days the latest planned finish moved; null when either plan has none. */
    plannedFinishMovedDays: number | null;
    added: number;
    removed: number;
    changed: number;
    unchanged: number;
  };
  /** In Jira key order. */
  changes: BaselineIssueChange[];
}
