/**
 * Answers shaped to the Dependencies tab's view (issue #11, DESIGN.md section 5: every answer under 1 MB,
 * whatever the scope's size). `schedule/get` answers the whole schedule while it fits a byte budget, else its
 * head with `large` set; then the tab asks `schedule/summary` (one box per epic and the links between them),
 * `schedule/detail` (one epic, a focus neighbourhood, a time window or a filter) and `schedule/rows` (the
 * schedule table, paged, sorted and filtered on the server; the CSV export streams these pages).
 */
import * as z from 'zod/mini';
import { scheduleBackground, scheduleEdge, scheduleNode } from './schedule';
import { viewForecast } from './schedule-summary-result';

export { largeSchedule, type LargeSchedule } from './schedule';
export * from './schedule-summary-result';

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
