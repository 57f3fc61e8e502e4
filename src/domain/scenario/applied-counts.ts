/**
 * How an apply's outcome reads (issue #17): changes made, changes Jira already held (an earlier apply or someone
 * else made them: not written again) and changes refused. "Already" is named only when there is one, and
 * "refused" is always named unless "already" says why nothing was done, so an apply that found everything in
 * Jira does not read "0 done, 0 refused".
 *
 * Examples: { done: 2, already: 0, refused: 1 } -> "2 done, 1 refused";
 * { done: 0, already: 3, refused: 0 } -> "0 done, 3 already in Jira";
 * { done: 1, already: 2, refused: 1 } -> "1 done, 2 already in Jira, 1 refused".
 */

export type ApplyOutcome = 'done' | 'already' | 'refused';

export interface AppliedCounts {
  done: number;
  already: number;
  refused: number;
}

export function outcomeCounts(results: readonly { outcome: ApplyOutcome }[]): AppliedCounts {
  const count = (outcome: ApplyOutcome) => results.filter((r) => r.outcome === outcome).length;
  return { done: count('done'), already: count('already'), refused: count('refused') };
}

export function appliedCounts({ done, already, refused }: AppliedCounts): string {
  const parts = [`${done} done`];
  if (already > 0) parts.push(`${already} already in Jira`);
  if (refused > 0 || already === 0) parts.push(`${refused} refused`);
  return parts.join(', ');
}
