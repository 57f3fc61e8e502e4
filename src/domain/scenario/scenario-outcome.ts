/**
 * A scenario's outcome: its edits applied to a copy of the plan (edited-plan.ts), the live and the edited plan
 * scheduled by the same function (the caller's critical path inputs), and their difference (scenario-diff.ts).
 * `level`, when given, levels both schedules and the levelled finishes are compared too; `forecast`, when given,
 * runs the Monte Carlo forecast on both plans (scenario-forecast.ts). The schedule is the
 * caller's so that the scenario is computed exactly as the live plan is (the same status date, actual dates
 * and calendar): an edit's effect is then that of a fresh computation on the edited plan.
 */
import type { CriticalPath } from '../schedule/critical-path';
import { editedPlan, type EditedPlan, type PlanContext, type ScenarioPlan, type ScenarioProblem } from './edited-plan';
import { addedLinkId, type ScenarioEdit } from './scenario-edit';
import { scenarioDiff, type ScenarioDiff } from './scenario-diff';
import type { ScenarioForecast } from './scenario-forecast';

export interface ScenarioOutcome {
  live: CriticalPath;
  scenario: CriticalPath;
  edited: EditedPlan;
  diff: ScenarioDiff;
  problems: ScenarioProblem[];
  /** Levelled finishes (one person or pool per activity at a time) when `level` was given. */
  levelledFinish: { live: string; scenario: string; days: number } | null;
  /** The forecast of both plans when `forecast` was given. */
  forecast: ScenarioForecast | null;
}

export interface ScenarioFunctions {
  /** The critical path of a plan with a lag per link replacing its rule's. */
  schedule: (plan: ScenarioPlan, linkLags: ReadonlyMap<string, number>) => CriticalPath;
  /**
   * The live plan's critical path, `schedule(plan, new Map())`, when the caller has it already: every scenario of
   * one plan then schedules only its edited plan (at 50,000 issues a critical path is about a second).
   */
  live?: CriticalPath;
  /** The levelled finish of a scheduled plan: its date and its offset in working days. */
  level?: (schedule: CriticalPath, plan: ScenarioPlan) => { date: string; offset: number };
  /** The forecast of the live plan and of the edited one, on the same draws. */
  forecast?: (plans: { live: ScenarioPlan; edited: EditedPlan }) => ScenarioForecast;
}

export function scenarioOutcome(plan: ScenarioPlan, edits: readonly ScenarioEdit[], context: PlanContext, run: ScenarioFunctions): ScenarioOutcome {
  const live = run.live ?? run.schedule(plan, new Map());
  const edited = editedPlan(plan, edits, context);
  const scenario = run.schedule(edited, edited.linkLags);
  const keyEdits = new Map<string, number>();
  const linkEdits = new Map<string, number>();
  for (const index of edited.applied) {
    const edit = edits[index];
    if (!edit) continue;
    if (edit.kind === 'lag' || edit.kind === 'removeDependency') linkEdits.set(edit.linkId, index);
    else if (edit.kind === 'addDependency') linkEdits.set(addedLinkId(index), index);
    else keyEdits.set(edit.key, index);
  }
  const diff = scenarioDiff({ live, scenario, liveItems: [...plan.outside, ...plan.items], editedItems: [...edited.outside, ...edited.items], calendar: context.calendar, keyEdits, linkEdits });
  let levelledFinish: ScenarioOutcome['levelledFinish'] = null;
  if (run.level) {
    const before = run.level(live, plan);
    const after = run.level(scenario, edited);
    levelledFinish = { live: before.date, scenario: after.date, days: Math.round((after.offset - before.offset) * 100) / 100 };
  }
  const forecast = run.forecast ? run.forecast({ live: plan, edited }) : null;
  return { live, scenario, edited, diff, problems: edited.problems, levelledFinish, forecast };
}
