/**
 * `baselines/plan`: one stored baseline's planned start and finish per issue, for the Gantt's baseline bars
 * (DESIGN.md section 1, "Baselines"). Anyone who may browse the project reads it; entries for issues the viewer
 * does not see now are counted, never named.
 */
import type { BaselinePlan } from '../contract';
import { storedPlan } from './compare-baselines';
import { requirePermission, type BaselinePorts } from './evm-baselines';
import type { EvmPorts } from './evm-ports';

export async function baselinePlan(ports: EvmPorts & BaselinePorts, input: { projectKey: string; name: string }): Promise<BaselinePlan> {
  await requirePermission(ports, 'BROWSE_PROJECTS', input.projectKey, 'see');
  const plan = await storedPlan(ports, await ports.loadScope(), input.name);
  return {
    name: plan.name,
    createdAt: plan.createdAt ?? '',
    entries: plan.entries.map((e) => ({ key: e.key, start: e.start, finish: e.finish })),
    hidden: plan.hidden,
  };
}
