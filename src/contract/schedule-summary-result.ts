/**
 * `schedule/summary`'s answer (issue #11): a large schedule's map opened on its epics. `schedule/get` carries the
 * same answer, without the forecast's figures, beside a large schedule's head when both fit the answer budget, so
 * the map paints from one call (issue #11's first paint under 3 s).
 */
import * as z from 'zod/mini';
import { scheduleBackground } from './schedule-background';

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
