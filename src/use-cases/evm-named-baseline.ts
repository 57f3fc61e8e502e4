/**
 * A stored baseline as the viewer may use it (DESIGN.md section 1, "Baselines"): only the entries of issues in
 * the viewer's scope are used, so a baseline made by someone who sees more reveals nothing; the rest are
 * counted, never named, unless Jira hides them from the viewer (baseline-for-viewer.ts). Also the findings that compare it with today's budgets.
 */
import type { EvmFinding } from '../contract';
import type { StoredBaseline } from '../adapters/storage/baseline-store';
import { baselineForViewer, type BaselineHidesPorts } from './baseline-for-viewer';
import type { Baseline, PlannedDates } from './evm-baseline';
import { evmFinding } from './evm-findings';

/** Cut by baselineForViewer: entries Jira hides from the viewer (a level, a project) are neither counted nor start PV. */
export async function namedBaseline(ports: BaselineHidesPorts, stored: StoredBaseline, scopeKeys: ReadonlySet<string>): Promise<Baseline> {
  const cut = await baselineForViewer(ports, stored, scopeKeys);
  const planned = new Map<string, PlannedDates>(cut.entries.map((e) => [e.key, { start: e.start, finish: e.finish }]));
  const budgets = new Map<string, number>(cut.entries.map((e) => [e.key, e.budget]));
  return { name: stored.name, projectStart: cut.projectStart, planned, fromDueDates: 0, budgets, unseen: cut.unseen, createdAt: stored.createdAt };
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
