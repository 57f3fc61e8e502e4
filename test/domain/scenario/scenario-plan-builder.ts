import type { DependencyRule } from '../../../src/domain/dependency-rule';
import type { PlanContext, ScenarioPlan } from '../../../src/domain/scenario/edited-plan';
import type { ScenarioFunctions } from '../../../src/domain/scenario/scenario-outcome';
import { criticalPath } from '../../../src/domain/schedule/critical-path';
import { calendar } from '../schedule/network-builder';

/** "Blocks": the outward side ("blocks") is the predecessor, finish-to-start, no lag. */
export const rules: DependencyRule[] = [{ linkType: 'Blocks', predecessor: 'outward', kind: 'FS', lagDays: 0 }];

export const context: PlanContext = { rules, duration: { source: 'originalEstimate', daysPerPoint: 1 }, calendar, asOf: '2025-01-06' };

/** The plan's critical path as the use case computes it, on the test calendar (Monday 2025-01-06, 8-hour days). */
export const run: ScenarioFunctions = {
  schedule: (plan: ScenarioPlan, linkLags) =>
    criticalPath({ items: plan.items, rules, calendar, duration: context.duration, nearCriticalDays: 1, linkLags, includeEdges: true }),
};
