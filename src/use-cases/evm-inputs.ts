/**
 * Jira data and earned-value settings -> the domain's inputs: the budget source and roll-up, the rate table,
 * planned budgets of the baseline, percent complete over time and dated costs.
 */
import type { EvmFields } from '../adapters/jira/fetch-evm-fields';
import type { EvmSettings } from '../config/evm-settings';
import type { Settings } from '../config/settings';
import { isWork } from '../config/work-types';
import { budgetRollUp, itemBudget, type BudgetFacts, type BudgetRollUp, type BudgetSource } from '../domain/evm/budget';
import type { PercentCompleteMethod } from '../domain/evm/percent-complete';
import { statusProgress, timeProgress, type StatusChange } from '../domain/evm/progress-history';
import type { DatedCost, PlannedBudget, ProgressPoint, RateTable, Worklog } from '../domain/evm/time-phased';
import type { WorkItem } from '../domain/work-item';
import type { PlannedDates } from './evm-baseline';

export function budgetSource(evm: EvmSettings): BudgetSource {
  const { source, ratePerHour, costPerPoint } = evm.budget;
  if (source === 'estimate') return { kind: 'estimate', ratePerHour };
  return source === 'story-points' ? { kind: 'story-points', costPerPoint } : { kind: 'cost-field' };
}

export interface Budgets {
  source: BudgetSource;
  rollUp: BudgetRollUp;
  /** Issues with no budget of their own and none through their children. */
  unbudgeted: { key: string; detail: string }[];
}

/** Items that are not work (risks, decisions, the admin's types) are no budget line and never "without a budget". */
export function budgets(items: readonly WorkItem[], fields: ReadonlyMap<string, EvmFields>, settings: Pick<Settings, 'evm' | 'issueTypes' | 'risks'>): Budgets {
  const { evm } = settings;
  const source = budgetSource(evm);
  const facts: BudgetFacts[] = items.filter(isWork(settings)).map((i) => ({
    key: i.key,
    parentKey: i.parentKey,
    // The issue's own estimate: the scope's falls back to its sub-tasks' sum, which the roll-up adds itself.
    originalEstimateSeconds: fields.has(i.key) ? (fields.get(i.key)?.originalEstimateSeconds ?? null) : i.originalEstimateSeconds,
    storyPoints: i.storyPoints,
    cost: fields.get(i.key)?.cost ?? null,
  }));
  const ceiling = source.kind === 'estimate' ? evm.ceiling.hours * source.ratePerHour : evm.ceiling.amount;
  const rollUp = budgetRollUp(facts, source, ceiling);
  const missing = source.kind === 'estimate' ? 'no original estimate' : source.kind === 'story-points' ? 'no story points' : 'no value in the cost field';
  const unbudgeted = facts.filter((f) => itemBudget(f, source) === null && !rollUp.rolledUp.has(f.key)).map((f) => ({ key: f.key, detail: missing }));
  return { source, rollUp, unbudgeted };
}

export function rateTable(evm: EvmSettings): RateTable {
  return { byPerson: new Map(Object.entries(evm.rates.byAccount)), defaultRate: evm.rates.defaultRate };
}

export function plannedBudgets(counted: ReadonlyMap<string, number>, planned: ReadonlyMap<string, PlannedDates>): PlannedBudget[] {
  return [...counted].map(([key, budget]) => ({ key, budget, start: planned.get(key)?.start ?? null, finish: planned.get(key)?.finish ?? null }));
}

export function percentCompleteMethod(evm: EvmSettings): PercentCompleteMethod {
  const { method, inProgressShare } = evm.percentComplete;
  return method === 'status-category' ? { kind: method, inProgressShare } : { kind: method };
}

export function progressPoints(
  method: PercentCompleteMethod,
  counted: ReadonlyMap<string, number>,
  history: { changes: readonly StatusChange[]; worklogs: readonly Worklog[] },
  fields: ReadonlyMap<string, EvmFields>,
): ProgressPoint[] {
  if (method.kind !== 'time-based') return statusProgress(method, history.changes.filter((c) => counted.has(c.key)));
  const logs = new Map<string, Worklog[]>();
  for (const w of history.worklogs) if (counted.has(w.key)) logs.set(w.key, [...(logs.get(w.key) ?? []), w]);
  return [...counted.keys()].flatMap((key) => {
    const remaining = fields.get(key)?.remainingEstimateSeconds;
    return timeProgress(key, logs.get(key) ?? [], remaining == null ? null : remaining / 3600);
  });
}

/** Actual cost from the cost field: each value booked when the work was resolved, or on the status date. */
export function fieldCosts(items: readonly WorkItem[], fields: ReadonlyMap<string, EvmFields>, asOf: string): DatedCost[] {
  return items.flatMap((i) => {
    const amount = fields.get(i.key)?.cost ?? null;
    const resolved = i.resolutionDate ?? null;
    return amount === null ? [] : [{ key: i.key, date: resolved !== null && resolved < asOf ? resolved : asOf, amount }];
  });
}
