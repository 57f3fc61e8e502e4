/**
 * A stored baseline as the viewer may use it (DESIGN.md section 1, "Baselines"): only the entries of issues in
 * the viewer's scope are used, so a baseline made by someone who sees more reveals nothing; the rest are
 * counted, never named. Also the findings that compare it with today's budgets.
 */
import type { EvmFinding } from '../contract';
import type { StoredBaseline } from '../adapters/storage/baseline-store';
import type { Baseline, PlannedDates } from './evm-baseline';
import { evmFinding } from './evm-findings';

export function namedBaseline(stored: StoredBaseline, scopeKeys: ReadonlySet<string>): Baseline {
  const planned = new Map<string, PlannedDates>();
  const budgets = new Map<string, number>();
  let unseen = 0;
  for (const [key, budget, start, finish] of stored.entries) {
    if (!scopeKeys.has(key)) {
      unseen += 1;
      continue;
    }
    planned.set(key, { start, finish });
    budgets.set(key, budget);
  }
  return { name: stored.name, projectStart: stored.projectStart, planned, fromDueDates: 0, budgets, unseen, createdAt: stored.createdAt };
}

/** Work budgeted today but not in the baseline, and baseline entries the viewer no longer sees. */
export function baselineFindings(baseline: Baseline, current: ReadonlyMap<string, number>): EvmFinding[] {
  if (baseline.budgets === null) return [];
  const inBaseline = baseline.budgets;
  const added = [...current].filter(([key]) => !inBaseline.has(key)).map(([key, budget]) => ({ key, detail: `budget ${budget} today, not in baseline ${baseline.name}` }));
  const findings: EvmFinding[] = [];
  if (added.length > 0) findings.push(evmFinding('not-in-baseline', added));
  if (baseline.unseen > 0) {
    findings.push(evmFinding('baseline-issue-missing', [], `${baseline.unseen} issue${baseline.unseen === 1 ? '' : 's'} of baseline ${baseline.name} ${baseline.unseen === 1 ? 'is' : 'are'} not in your view of the scope now (moved, deleted or not visible to you): left out of BAC and PV.`));
  }
  return findings;
}
