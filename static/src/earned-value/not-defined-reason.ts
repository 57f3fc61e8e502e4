/** The resolver's reason a figure is not defined, found by the figure's path (`cpi`, `eac.cpi`, `earnedSchedule.spit`). */
import type { EvmResult } from '@contract';

export function notDefinedReason(result: Pick<EvmResult, 'notDefined'>, figure: string): string {
  return result.notDefined.find((n) => n.figure === figure)?.reason ?? 'not defined for this project as of the status date';
}
