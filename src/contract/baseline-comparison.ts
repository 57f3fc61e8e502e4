/**
 * Result types of `baselines/compare` (DESIGN.md section 1, "Baselines"): either side is a stored baseline or
 * `current` (the issues' planned dates and budgets as they stand).
 */
import * as z from 'zod/mini';
import { projectRef } from './report-scope';

const days = z.nullable(z.number());

/** One side of a comparison, as the viewer sees it. */
export const comparedPlan = z.object({
  /** `current`, or a stored baseline's name. */
  name: z.string(),
  /** When a stored baseline was made; null for `current`. */
  createdAt: z.nullable(z.string()),
  /** Issues of this plan the viewer sees (the only ones compared). */
  issueCount: z.number(),
  /** BAC over those issues. */
  bac: z.number(),
  /** The latest planned finish of those issues; null when none has one. */
  plannedFinish: z.nullable(z.string()),
  /** Entries of a stored baseline for issues the viewer does not see now (moved, deleted or hidden): counted, never named. */
  hidden: z.number(),
});
export type ComparedPlan = z.infer<typeof comparedPlan>;

const plannedEntry = z.nullable(z.object({ budget: z.number(), start: z.nullable(z.string()), finish: z.nullable(z.string()) }));

/** One issue whose plan differs; `from`/`to` null when it is not in that plan. Days are working days, later positive. */
export const baselineIssueChange = z.object({
  key: z.string(),
  summary: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  from: plannedEntry,
  to: plannedEntry,
  startMovedDays: days,
  finishMovedDays: days,
  budgetChange: z.number(),
});
export type BaselineIssueChange = z.infer<typeof baselineIssueChange>;

export const baselineComparison = z.object({
  project: projectRef,
  currency: z.string(),
  from: comparedPlan,
  to: comparedPlan,
  totals: z.object({
    bacChange: z.number(),
    /** Working days the latest planned finish moved; null when either plan has none. */
    plannedFinishMovedDays: days,
    added: z.number(),
    removed: z.number(),
    changed: z.number(),
    unchanged: z.number(),
  }),
  /** In Jira key order. */
  changes: z.array(baselineIssueChange),
});
export type BaselineComparison = z.infer<typeof baselineComparison>;

/** `baselines/plan`: one stored baseline's planned dates, for the Gantt's baseline bars (issues the viewer sees). */
export const baselinePlan = z.object({
  name: z.string(),
  createdAt: z.string(),
  entries: z.array(z.object({ key: z.string(), start: z.nullable(z.string()), finish: z.nullable(z.string()) })),
  /** Entries for issues the viewer does not see now: counted, never named. */
  hidden: z.number(),
});
export type BaselinePlan = z.infer<typeof baselinePlan>;
