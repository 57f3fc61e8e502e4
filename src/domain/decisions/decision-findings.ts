/**
 * Decision-log findings (DESIGN.md section 1, "Decision log"): decided decisions without an owner or an outcome,
 * a decided decision superseding one in the log that is not marked superseded, and unmapped statuses. O(n + links).
 */
import { sortedIssueKeys } from '../issue-key-order';
import type { DecisionFinding } from './decision-log';
import type { DecisionRecord } from './decision-record';
import { unknownStatusProblem } from './decision-status-of';

function listFinding(kind: DecisionFinding['kind'], found: readonly DecisionRecord[], title: string, advice: string): DecisionFinding[] {
  return found.length === 0 ? [] : [{ kind, title, advice, issueKeys: sortedIssueKeys(found.map((d) => d.key)) }];
}

export function decisionFindings(decisions: readonly DecisionRecord[]): DecisionFinding[] {
  const decided = decisions.filter((d) => d.status === 'decided');
  const unknown = decisions.filter((d) => d.problems.includes(unknownStatusProblem(d.statusName)));
  const byKey = new Map(decisions.map((d) => [d.key, d]));
  const stale = decided.flatMap((d) =>
    d.supersedes.flatMap((key) => {
      const old = byKey.get(key);
      if (!old || old.status === 'superseded') return [];
      return [{
        kind: 'supersedes-open-decision' as const,
        title: `${d.key} supersedes ${old.key}, which is still ${old.status}`,
        advice: `Move ${old.key} to a superseded status so nobody follows a decision that no longer holds.`,
        issueKeys: sortedIssueKeys([d.key, old.key]),
      }];
    }),
  );
  return [
    ...listFinding('missing-owner', decided.filter((d) => d.owner === null), 'Decided without an owner',
      'Nobody can be asked about these decisions. Set the owner (or assignee) to the person who made them.'),
    ...listFinding('missing-outcome', decided.filter((d) => d.outcome.trim() === ''), 'Decided without an outcome',
      'The log cannot say what was decided. Write the outcome under an "Outcome" heading in the description.'),
    ...stale,
    ...listFinding('unknown-status', unknown, 'Status not mapped to a decision status',
      `Keel guessed from the status category for ${[...new Set(unknown.map((d) => `"${d.statusName}"`))].join(', ')}. Map these names in the decision settings.`),
  ];
}
