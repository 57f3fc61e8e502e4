/**
 * Answers shaped to the Dependencies tab's view (issue #11, DESIGN.md section 5: every answer under 1 MB,
 * whatever the scope's size). `schedule/get` answers the whole schedule while it fits a byte budget, else its
 * head with `large` set; then the tab asks `schedule/summary` (one box per epic and the links between them),
 * `schedule/detail` (one epic, a focus neighbourhood, a time window or a filter) and `schedule/rows` (the
 * schedule table, paged, sorted and filtered on the server; the CSV export streams these pages).
 */
import * as z from 'zod/mini';
import { scheduleBackground, scheduleEdge, scheduleNode } from './schedule';

export { largeSchedule, type LargeSchedule } from './schedule';

const projectKey = z.string().check(z.regex(/^[A-Z][A-Z0-9_]{0,19}$/, 'projectKey must be a Jira project key such as WEB'));
const issueKey = z.string().check(z.regex(/^[A-Z][A-Z0-9_]{0,19}-[1-9][0-9]*$/, 'use an issue key such as PAY-12'));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD'));

/** Stands for "issues under no epic" in a filter's `epic` and a summary group's key. */
export const NO_EPIC_KEY = '(none)';
export const UNASSIGNED_KEY = '(unassigned)';

export const SCHEDULE_SORT_COLUMNS = ['key', 'summary', 'duration', 'es', 'ef', 'ls', 'lf', 'totalSlack', 'freeSlack', 'critical', 'assignee', 'status', 'due', 'variance'] as const;
export type ScheduleSortColumn = (typeof SCHEDULE_SORT_COLUMNS)[number];
export type ScheduleSortDirection = 'ascending' | 'descending';
/** The paged table sorts by the forecast's criticality index too (issue #15), on the server. */
export const ROWS_SORT_COLUMNS = [...SCHEDULE_SORT_COLUMNS, 'criticality'] as const;
export type RowsSortColumn = (typeof ROWS_SORT_COLUMNS)[number];

/** Every field narrows; an absent field does not. `from`/`to`: work whose early dates overlap that window. */
export const scheduleFilterSchema = z.object({
  epic: z.optional(z.union([issueKey, z.literal(NO_EPIC_KEY)])),
  assignee: z.optional(z.string().check(z.minLength(1, 'name an account id'), z.maxLength(128, 'an account id is at most 128 characters'))),
  category: z.optional(z.enum(['todo', 'inProgress', 'done'])),
  criticalOnly: z.optional(z.boolean()),
  nearCriticalOnly: z.optional(z.boolean()),
  /** Part of a key or a summary, any case. */
  text: z.optional(z.string().check(z.maxLength(100, 'search for at most 100 characters'))),
  from: z.optional(isoDate),
  to: z.optional(isoDate),
});
export type ScheduleFilter = z.infer<typeof scheduleFilterSchema>;

export const MAX_ROWS_PER_PAGE = 500;

export const scheduleRowsPayload = z.object({
  projectKey,
  offset: z.optional(z.int().check(z.minimum(0, 'offset is 0 or more'))),
  limit: z.optional(z.int().check(z.minimum(1, 'ask for 1 row or more'), z.maximum(MAX_ROWS_PER_PAGE, `at most ${MAX_ROWS_PER_PAGE} rows a page`))),
  sort: z.optional(z.enum(ROWS_SORT_COLUMNS)),
  direction: z.optional(z.enum(['ascending', 'descending'])),
  filter: z.optional(scheduleFilterSchema),
});

export const scheduleSummaryPayload = z.object({ projectKey });

export const scheduleDetailPayload = z.object({ projectKey, focus: z.optional(issueKey), filter: z.optional(scheduleFilterSchema) });

/**
 * The forecast a view's criticality comes from (issue #15): `ready` (a large project's stored forecast, with when
 * it was computed; a smaller one's live forecast, `computedAt` null), or `computing`/`unavailable` with no figures
 * yet (`reason` says why when unavailable).
 */
export const viewForecast = z.object({
  state: z.enum(['ready', 'computing', 'unavailable']),
  iterations: z.number(),
  computedAt: z.nullable(z.string()),
  reason: z.nullable(z.string()),
});
export type ViewForecast = z.infer<typeof viewForecast>;

const shownCriticality = z.object({ key: z.string(), criticality: z.number(), cruciality: z.number() });

/**
 * One page of the schedule table. `total` issues match the filter; `issueCount` are in the schedule. Sorted by
 * criticality, `forecast` says which forecast ordered it (while none is there, rows keep issue-key order).
 */
export const scheduleRowsResult = z.object({
  rows: z.array(scheduleNode),
  offset: z.number(),
  total: z.number(),
  issueCount: z.number(),
  background: z.optional(scheduleBackground),
  forecast: z.optional(viewForecast),
});
export type ScheduleRowsResult = z.infer<typeof scheduleRowsResult>;

/** One box of the summary map: an epic's issues (or those under no epic, key `NO_EPIC_KEY`). */
export const scheduleGroup = z.object({
  key: z.string(),
  summary: z.string(),
  projectKey: z.string(),
  issueCount: z.number(),
  openCount: z.number(),
  earlyStart: z.string(),
  earlyFinish: z.string(),
  lateFinish: z.string(),
  /** Working-day offsets from the project start; finishes exclusive. */
  offsets: z.object({ earlyStart: z.number(), earlyFinish: z.number(), lateStart: z.number(), lateFinish: z.number() }),
  totalSlackDays: z.number(),
  critical: z.boolean(),
  nearCritical: z.boolean(),
  late: z.boolean(),
  blocked: z.boolean(),
  /** Every issue of it is outside the scope. */
  external: z.boolean(),
  /** The forecast's highest criticality index among its open issues (issue #15); null: none drawn, or no forecast yet. */
  criticality: z.optional(z.nullable(z.number())),
});
export type ScheduleGroup = z.infer<typeof scheduleGroup>;

/** The dependencies from one group's issues to another's, counted. */
export const scheduleGroupLink = z.object({ from: z.string(), to: z.string(), links: z.number(), critical: z.boolean(), inCycle: z.boolean() });
export type ScheduleGroupLink = z.infer<typeof scheduleGroupLink>;

export const scheduleSummaryResult = z.object({
  groups: z.array(scheduleGroup),
  links: z.array(scheduleGroupLink),
  /** The groups the critical path runs through, in schedule order. */
  criticalChain: z.array(z.string()),
  /** Groups left out to fit the answer (the least critical, least linked first); the epic picker still names them. */
  omittedGroups: z.number(),
  /** Every group for the picker: key, summary, issues. */
  picker: z.array(z.object({ key: z.string(), summary: z.string(), issueCount: z.number() })),
  background: z.optional(scheduleBackground),
  /** The forecast the groups' criticality comes from. */
  forecast: z.optional(viewForecast),
});
export type ScheduleSummaryResult = z.infer<typeof scheduleSummaryResult>;

/** Part of the map: the matching issues and the links among them, cut to the answer budget in early-start order. */
export const scheduleDetailResult = z.object({
  nodes: z.array(scheduleNode),
  edges: z.array(scheduleEdge),
  matching: z.number(),
  /** Matching issues left out to fit the answer (the latest-starting ones). */
  omitted: z.number(),
  /** Links from the shown issues to issues not shown. */
  linksOut: z.number(),
  background: z.optional(scheduleBackground),
  /** The forecast's criticality of the shown issues it draws (issue #15), and the forecast it comes from. */
  criticality: z.optional(z.array(shownCriticality)),
  forecast: z.optional(viewForecast),
});
export type ScheduleDetailResult = z.infer<typeof scheduleDetailResult>;
