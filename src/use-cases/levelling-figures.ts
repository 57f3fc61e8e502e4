/**
 * The settings preview's levelling figures (issue #14): the levelled finish of one pass of the serial scheme in the
 * settings' priority order (the Resources tab searches further, so its finish is the same or earlier) and the
 * person-weeks whose critical-path load passes their capacity.
 */
import type { PreviewFigures } from '../contract/settings';
import { isOverAllocated } from '../domain/levelling/resource-load';
import { levelledOfScope } from './get-levelled';
import type { Scope, ScopePorts } from './load-scope';

export async function levellingFigures(ports: ScopePorts, scope: Scope, asOf: string): Promise<Pick<PreviewFigures, 'levelledFinish' | 'overAllocatedWeeks'>> {
  if (scope.items.length === 0) return { levelledFinish: null, overAllocatedWeeks: 0 };
  const levelling = await levelledOfScope(ports, scope, asOf, { method: 'priority' });
  const cells = levelling.load.rows.flatMap((row) => row.cells);
  return { levelledFinish: levelling.levelledFinish, overAllocatedWeeks: cells.filter((c) => isOverAllocated(c.cpmHours, c.capacityHours)).length };
}
