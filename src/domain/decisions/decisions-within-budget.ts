/**
 * The newest decisions of a log that fit an answer's byte budget (DESIGN.md section 5: answers under 1 MB). A
 * decision carries its context, options, outcome and consequences, up to Jira's 32,767 characters of description:
 * 3,000 decisions of 2,000 characters each are 6 MB, past what Forge sends a view or a Confluence export. The log
 * is newest first, so the older decisions are the ones left out; findings stay whole. Size is each decision's JSON
 * length (within-budget.ts).
 */
import { itemsWithinBudget } from '../within-budget';
import type { DecisionLog } from './decision-log';

export function decisionsWithinBudget(log: DecisionLog, budget: number): DecisionLog {
  if (budget === Infinity) return log;
  const kept = itemsWithinBudget(log.decisions, budget, JSON.stringify(log.findings).length);
  return kept.length === log.decisions.length ? log : { ...log, decisions: kept };
}
