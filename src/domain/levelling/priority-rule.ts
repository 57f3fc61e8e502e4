/**
 * The Microsoft Project-like priority rule ("Standard" levelling order: predecessors first, then least total
 * slack, then earliest start; with a priority, "Priority, Standard": priority first), as an activity list for
 * one pass of the serial scheme. Total slack and early start come from the passes without resources
 * (unconstrained-times.ts). Keys are lexicographic in one number: (priority x H + slack) x H + early start, H
 * one more than the CPM finish, exact below 2^53. Example: slacks [0, 3], starts [2, 0] -> activity 0 first.
 */
import type { CompiledProblem } from './compiled-problem';
import { precedenceList } from './precedence-list';
import type { UnconstrainedTimes } from './unconstrained-times';

/** `priority`: smaller goes first (a rank: Jira priority, then rank); absent, every activity is equal. */
export function priorityRuleList(p: CompiledProblem, times: UnconstrainedTimes, priority?: ArrayLike<number>): Int32Array {
  const spread = Math.max(1, times.finish + 1);
  const key = new Float64Array(p.n);
  for (let v = 0; v < p.n; v++) {
    const es = times.earlyStart[v] ?? 0;
    const slack = Math.max(0, (times.lateStart[v] ?? 0) - es);
    key[v] = ((priority?.[v] ?? 0) * spread + slack) * spread + Math.max(0, es);
  }
  return precedenceList(p, key);
}
