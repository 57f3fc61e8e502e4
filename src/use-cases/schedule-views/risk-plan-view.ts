/**
 * The part of a stored schedule the Risks tab's register is computed from (risk-register.ts), kept as a view
 * (schedule-views-store.ts `risks`) so a new instance answers `risks/get` without reading every node and link:
 * the open critical and near-critical nodes (the work a risk is weighted by, and the critical work risks), the
 * links from open work outside the scope to open work inside it with their two ends (outside-predecessor-risks.ts),
 * every cycle, and the issue types in scope (risk-setup-problems.ts). The register over it is the register over the
 * whole schedule: every node or link it leaves out is one no derived risk or weight looks at. O(V + E).
 * Example: of BIG's 50,000 issues, the few hundred on or near the critical path and the links from OPS, DATA, MOB.
 */
import type { ScheduleNode, ScheduleResult } from '../../contract';
import type { StoredViews } from '../../adapters/storage/schedule-views-store';

const open = (n: ScheduleNode) => n.statusCategory !== 'done';

export function riskPlanView(schedule: Pick<ScheduleResult, 'nodes' | 'edges' | 'cycles'>): StoredViews['risks'] {
  const byKey = new Map(schedule.nodes.map((n) => [n.key, n]));
  const kept = new Set(schedule.nodes.filter((n) => open(n) && (n.critical || n.nearCritical)).map((n) => n.key));
  const edges = schedule.edges.filter((e) => {
    const from = byKey.get(e.from);
    const to = byKey.get(e.to);
    return !e.ignored && from !== undefined && to !== undefined && from.external && open(from) && !to.external && open(to);
  });
  for (const e of edges) kept.add(e.from).add(e.to);
  return {
    nodes: schedule.nodes.filter((n) => kept.has(n.key)),
    edges,
    cycles: schedule.cycles,
    types: [...new Set(schedule.nodes.filter((n) => !n.external).map((n) => n.type))].sort(),
  };
}
