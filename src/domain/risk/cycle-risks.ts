/**
 * Derived risks from dependency cycles: work that waits on itself has no valid schedule, so the dates shown
 * rest on the link Keel cut. One high-severity risk per cycle (cycles come from Tarjan's SCCs upstream).
 */
import type { DerivedRisk, RiskPlan } from './derived-risk';

export function cycleRisks(cycles: RiskPlan['cycles']): DerivedRisk[] {
  return cycles.map((cycle) => ({
    kind: 'dependency-cycle',
    title: `Dependency cycle through ${cycle.issueKeys.length} issues`,
    evidence: [
      `${cycle.issueKeys.join(', ')} depend on each other in a loop, so none of them can start first.`,
      `Keel schedules as if the link ${cycle.suggestedCut.fromKey} -> ${cycle.suggestedCut.toKey} were cut; fix the links in Jira to make the dates real.`,
    ],
    issueKeys: [...cycle.issueKeys],
    severity: 'high',
  }));
}
