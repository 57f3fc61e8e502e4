/**
 * `baselines/compare` (DESIGN.md section 1, "Baselines"): two plans of a project, each a stored baseline or the
 * current plan, compared issue by issue. Only issues in the viewer's scope are compared; a stored baseline's
 * entries for issues the viewer does not see now are counted as `hidden`, never named, unless Jira hides them
 * from the viewer (another project, a security level): those are not counted either (storedPlan).
 */
import { AppError } from '../app-error';
import type { BaselineComparison, ComparedPlan } from '../contract';
import { baselineDiff, type PlanEntry } from '../domain/evm/baseline-diff';
import { baselineForViewer, type BaselineHidesPorts } from './baseline-for-viewer';
import { evmCalendar } from './evm-baseline';
import { requirePermission, type BaselinePorts } from './evm-baselines';
import { budgets, plannedBudgets } from './evm-inputs';
import type { EvmPorts } from './evm-ports';
import type { Scope } from './load-scope';

export interface Plan {
  name: string;
  createdAt: string | null;
  projectStart: string;
  entries: PlanEntry[];
  hidden: number;
}

async function currentPlan(ports: EvmPorts, scope: Scope): Promise<Plan> {
  const current = await ports.currentBaseline(scope);
  const { rollUp } = budgets(scope.items, await ports.fetchEvmFields(scope), scope.settings);
  return { name: 'current', createdAt: null, projectStart: current.projectStart, entries: plannedBudgets(rollUp.counted, current.planned), hidden: 0 };
}

/** A stored baseline cut to the issues in the viewer's scope (baseline-for-viewer.ts). */
export async function storedPlan(ports: EvmPorts & BaselineHidesPorts, scope: Scope, name: string): Promise<Plan> {
  const stored = await ports.storedBaseline(scope.project.key, name);
  if (stored === null) {
    throw new AppError('NOT_FOUND', `${scope.project.key} has no baseline named "${name}": pick a stored baseline, or "current" for the plan as it stands.`);
  }
  const cut = await baselineForViewer(ports, stored, new Set(scope.items.map((i) => i.key)));
  return { name: stored.name, createdAt: stored.createdAt, projectStart: cut.projectStart, entries: cut.entries, hidden: cut.unseen };
}

function compared(plan: Plan, bac: number, plannedFinish: string | null): ComparedPlan {
  return { name: plan.name, createdAt: plan.createdAt, issueCount: plan.entries.length, bac: round(bac), plannedFinish, hidden: plan.hidden };
}

export async function compareBaselines(ports: EvmPorts & BaselinePorts, input: { projectKey: string; from: string; to: string }): Promise<BaselineComparison> {
  await requirePermission(ports, 'BROWSE_PROJECTS', input.projectKey, 'compare');
  const scope = await ports.loadScope();
  let current: Promise<Plan> | null = null;
  const plan = (name: string): Promise<Plan> => {
    if (name.toLowerCase() !== 'current') return storedPlan(ports, scope, name);
    current ??= currentPlan(ports, scope);
    return current;
  };
  const from = await plan(input.from);
  const to = await plan(input.to);
  const calendar = evmCalendar(scope.settings, from.projectStart);
  const diff = baselineDiff(from.entries, to.entries, (a, b) => calendar.offsetOf(b) - calendar.offsetOf(a));
  const summaries = new Map(scope.items.map((i) => [i.key, i.summary]));
  const count = (kind: 'added' | 'removed' | 'changed') => diff.changes.filter((c) => c.change === kind).length;
  return {
    project: { key: scope.project.key, name: scope.project.name },
    currency: scope.settings.evm.currency,
    from: compared(from, diff.bacFrom, diff.finishFrom),
    to: compared(to, diff.bacTo, diff.finishTo),
    totals: { bacChange: round(diff.bacChange), plannedFinishMovedDays: diff.finishMovedDays, added: count('added'), removed: count('removed'), changed: count('changed'), unchanged: diff.unchanged },
    changes: diff.changes.map((c) => ({ ...c, summary: summaries.get(c.key) ?? '', budgetChange: round(c.budgetChange) })),
  };
}

const round = (v: number): number => Math.round(v * 100) / 100;
