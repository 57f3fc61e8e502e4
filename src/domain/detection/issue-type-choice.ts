/**
 * The issue types that hold risks and decisions, by name: an exact name ("Risk"; "Decision", "ADR",
 * "Architecture Decision Record") ranks above a name containing the word ("Quality Risk", "PM Decision").
 * Sub-task types rank one lower: a register's entries are issues of their own.
 */
import { rankedChoice, type Detection, type RankedCandidate } from './ranked-choice';
import type { SiteIssueTypeInfo } from './site-inventory';

interface NamePatterns {
  exact: RegExp;
  partial: RegExp;
  what: string;
}

const RISK: NamePatterns = { exact: /^risks?$/i, partial: /\brisks?\b/i, what: 'risk issue type' };
const DECISION: NamePatterns = {
  exact: /^(decisions?|adrs?|architect(ure|ural) decisions?( records?)?)$/i,
  partial: /\b(decisions?|adrs?)\b/i,
  what: 'decision issue type',
};

function candidate({ id, name, subtask }: SiteIssueTypeInfo, patterns: NamePatterns): RankedCandidate | null {
  const plain = name.trim();
  const penalty = subtask ? 1 : 0;
  const kind = subtask ? 'sub-task type' : 'issue type';
  if (patterns.exact.test(plain)) return { id, name, rank: 3 - penalty, reason: `${kind} named "${plain}"` };
  if (patterns.partial.test(plain)) return { id, name, rank: 2 - penalty, reason: `${kind} whose name contains "${patterns.partial.exec(plain)?.[0] ?? ''}"` };
  return null;
}

function choice(types: readonly SiteIssueTypeInfo[], patterns: NamePatterns, whenNone: string): Detection {
  const candidates = types.map((t) => candidate(t, patterns)).filter((c): c is RankedCandidate => c !== null);
  return rankedChoice(candidates, 1, patterns.what, whenNone);
}

export function riskIssueType(types: readonly SiteIssueTypeInfo[]): Detection {
  return choice(types, RISK, 'no issue type named like "Risk"');
}

export function decisionIssueType(types: readonly SiteIssueTypeInfo[]): Detection {
  return choice(types, DECISION, 'no issue type named like "Decision" or "ADR"');
}
