/**
 * Result types of `baselines/compare` (DESIGN.md section 1, "Baselines"): either side is a stored baseline or
 * `current` (the issues' planned dates and budgets as they stand).
 */

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
