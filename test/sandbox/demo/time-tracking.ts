/**
 * Jira's time-tracking fields for one issue: original estimate, remaining estimate (zero once done), time
 * spent from the worklogs, the Σ aggregates over sub-tasks, progress and work ratio. A field Jira would
 * leave empty is null, not zero, so "unestimated" stays visible.
 */
import { jiraDuration } from './calendar';

export interface TimeFigures {
  original: number | null;
  remaining: number | null;
  spent: number | null;
}

export function timeFigures(original: number | null, spentSeconds: number, done: boolean): TimeFigures {
  const spent = spentSeconds > 0 ? spentSeconds : null;
  const remaining = done ? (original === null && spent === null ? null : 0) : original === null ? null : Math.max(0, original - spentSeconds);
  return { original, remaining, spent };
}

const sum = (values: ReadonlyArray<number | null>): number | null =>
  values.some((value) => value !== null) ? values.reduce<number>((total, value) => total + (value ?? 0), 0) : null;

function progress(spent: number | null, remaining: number | null): Record<string, number> {
  const total = (spent ?? 0) + (remaining ?? 0);
  return total > 0 ? { progress: spent ?? 0, total, percent: Math.round(((spent ?? 0) * 100) / total) } : { progress: 0, total: 0 };
}

/** The time-tracking fields of an issue, given its own figures and its sub-tasks'. */
export function timeTrackingFields(own: TimeFigures, subtasks: readonly TimeFigures[]): Record<string, unknown> {
  const all = [own, ...subtasks];
  const aggregate = { original: sum(all.map((f) => f.original)), remaining: sum(all.map((f) => f.remaining)), spent: sum(all.map((f) => f.spent)) };
  const timetracking: Record<string, string | number> = {};
  if (own.original !== null) Object.assign(timetracking, { originalEstimate: jiraDuration(own.original), originalEstimateSeconds: own.original });
  if (own.remaining !== null) Object.assign(timetracking, { remainingEstimate: jiraDuration(own.remaining), remainingEstimateSeconds: own.remaining });
  if (own.spent !== null) Object.assign(timetracking, { timeSpent: jiraDuration(own.spent), timeSpentSeconds: own.spent });
  return {
    timeoriginalestimate: own.original,
    timeestimate: own.remaining,
    timespent: own.spent,
    aggregatetimeoriginalestimate: aggregate.original,
    aggregatetimeestimate: aggregate.remaining,
    aggregatetimespent: aggregate.spent,
    timetracking,
    progress: progress(own.spent, own.remaining),
    aggregateprogress: progress(aggregate.spent, aggregate.remaining),
    workratio: own.original ? Math.round(((own.spent ?? 0) * 100) / own.original) : -1,
  };
}
