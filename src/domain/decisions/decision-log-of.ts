/**
 * The decision log (DESIGN.md section 1, "Decision log"): decisions newest first (by date, then the higher issue
 * key), each decision's `supersededBy` completed from the other decisions' `supersedes`, and the findings.
 * Example: WEB-3 (2026-10-05) supersedes WEB-1 (2026-09-01) -> [WEB-3, WEB-1], WEB-1.supersededBy = [WEB-3].
 * The records given are not changed. O(n log n + links).
 */
import { compareIssueKeys, sortedIssueKeys } from '../issue-key-order';
import { decisionFindings } from './decision-findings';
import type { DecisionLog } from './decision-log';
import type { DecisionRecord } from './decision-record';

export function decisionLogOf(records: readonly DecisionRecord[]): DecisionLog {
  const replacedBy = new Map<string, string[]>();
  for (const record of records) {
    for (const old of record.supersedes) replacedBy.set(old, [...(replacedBy.get(old) ?? []), record.key]);
  }
  const decisions = records
    .map((record) => ({ ...record, supersededBy: sortedIssueKeys([...record.supersededBy, ...(replacedBy.get(record.key) ?? [])]) }))
    .sort((a, b) => b.date.localeCompare(a.date) || compareIssueKeys(b.key, a.key));
  return { decisions, findings: decisionFindings(decisions) };
}
