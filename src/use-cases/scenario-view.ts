/**
 * A scenario's outcome shaped for the Scenarios panel (contract/scenarios.ts): the difference from the live plan
 * (finish, levelled finish, forecast, milestones) with each moved activity's summary and the edit that moved it, the most moved first and at most MAX_MOVED_ROWS
 * of them (an answer stays far under Forge's 1 MB), and each new dependency cycle with what to do about it.
 */
import { MAX_MOVED_ROWS, type ScenarioDiffView, type ScenarioSummary, type ScenarioView } from '../contract';
import { describeEdit, type ScenarioEdit } from '../domain/scenario/scenario-edit';
import type { ScenarioOutcome } from '../domain/scenario/scenario-outcome';
import { milestoneChanges } from '../domain/scenario/milestone-changes';
import type { StoredScenario } from '../adapters/storage/scenario-store';
import type { ViewerPlan } from './scenario-plan';

export function diffView(outcome: ScenarioOutcome, edits: readonly ScenarioEdit[], viewer: ViewerPlan): ScenarioDiffView {
  const { diff } = outcome;
  const summaries = new Map([...viewer.plan.outside, ...viewer.plan.items].map((i) => [i.key, i.summary]));
  const due = new Map([...outcome.edited.outside, ...outcome.edited.items].map((i) => [i.key, i.dueDate]));
  return {
    finish: diff.finish,
    durationDays: diff.durationDays,
    levelledFinish: outcome.levelledFinish,
    criticalIn: diff.criticalIn,
    criticalOut: diff.criticalOut,
    forecast: outcome.forecast && { ...outcome.forecast, settingsIterations: viewer.settings.forecast.iterations, launchLabel: viewer.targets.target?.label ?? null },
    forecastLeftOut: outcome.forecast ? null : viewer.forecastLeftOut,
    milestones: milestoneChanges(viewer.targets.milestones.map((m) => m.key), outcome, (key) => due.get(key) ?? null).map((m) => ({ ...m, summary: summaries.get(m.key) ?? '' })),
    moved: diff.moved.slice(0, MAX_MOVED_ROWS).map((m) => ({
      ...m,
      summary: summaries.get(m.key) ?? '',
      because: m.because && { editIndex: m.because.editIndex, edit: edits[m.because.editIndex] ? describeEdit(edits[m.because.editIndex] as ScenarioEdit) : '', via: m.because.via },
    })),
    movedCount: diff.moved.length,
    targets: diff.targets.slice(0, MAX_MOVED_ROWS),
    newCycles: diff.newCycles.map((c) => ({
      issueKeys: c.issueKeys,
      suggestedCut: { linkId: c.suggestedCut.linkId, fromKey: c.suggestedCut.fromKey, toKey: c.suggestedCut.toKey },
      message: `The edits close a dependency cycle through ${c.issueKeys.join(', ')}: the scenario is scheduled without the link ${c.suggestedCut.fromKey} → ${c.suggestedCut.toKey}. Remove the edit that closed it, or remove that link too.`,
    })),
    problems: outcome.problems,
  };
}

export function summaryOf(stored: StoredScenario, editCount: number): ScenarioSummary {
  const { id, name, createdBy, createdAt, updatedBy, updatedAt, version, applied } = stored;
  return { id, name, createdBy, createdAt, updatedBy, updatedAt, version, editCount, applied };
}

export function scenarioView(viewer: ViewerPlan, outcome: ScenarioOutcome, input: { stored: StoredScenario | null; visible: ScenarioEdit[]; hidden: number }): ScenarioView {
  return {
    basis: viewer.basis,
    scenario: input.stored && summaryOf(input.stored, input.visible.length),
    edits: input.visible,
    hiddenEdits: input.hidden,
    diff: diffView(outcome, input.visible, viewer),
    linkTypes: viewer.context.rules.map((r) => r.linkType),
  };
}
