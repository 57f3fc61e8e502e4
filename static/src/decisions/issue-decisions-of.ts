/**
 * The decisions an issue panel shows: those linked to the issue (relates, supersedes either way), and the
 * issue itself when it is a decision. Keeps the log's order (newest first).
 */
import type { DecisionRecord } from '@contract';

export function issueDecisionsOf(decisions: readonly DecisionRecord[], issueKey: string): DecisionRecord[] {
  return decisions.filter(
    (d) => d.key === issueKey || d.linkedKeys.includes(issueKey) || d.supersedes.includes(issueKey) || d.supersededBy.includes(issueKey),
  );
}
