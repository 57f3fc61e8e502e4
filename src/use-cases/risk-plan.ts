/** The contract's `ScheduleResult` as the risk domain's plain `RiskPlan` (risk issues themselves left out). */
import type { ScheduleResult } from '../contract';
import type { RiskPlan } from '../domain/risk/derived-risk';

export function riskPlan(schedule: Pick<ScheduleResult, 'nodes' | 'edges' | 'cycles'>, riskKeys: ReadonlySet<string>): RiskPlan {
  return {
    nodes: schedule.nodes
      .filter((n) => !riskKeys.has(n.key))
      .map((n) => ({
        key: n.key,
        summary: n.summary,
        status: n.status,
        statusCategory: n.statusCategory,
        external: n.external,
        critical: n.critical,
        nearCritical: n.nearCritical,
        late: n.late,
        blocked: n.blocked,
        assigned: n.assignee !== null,
        missingDuration: n.missingDuration,
        totalSlackDays: n.totalSlackDays,
        dueDate: n.dueDate,
        offsets: n.offsets,
        earlyStart: n.earlyStart,
        earlyFinish: n.earlyFinish,
        lateStart: n.lateStart,
        lateFinish: n.lateFinish,
      })),
    edges: schedule.edges.map((e) => ({ from: e.from, to: e.to, kind: e.kind, lagDays: e.lagDays, ignored: e.ignored })),
    cycles: schedule.cycles.map((c) => ({ issueKeys: c.issueKeys, suggestedCut: { fromKey: c.suggestedCut.fromKey, toKey: c.suggestedCut.toKey } })),
  };
}
