/**
 * A heat-map cell as it is written in the page's address: `<which>-<probability>-<impact>`.
 * @example heatCellParam({ which: 'inherent', probability: 4, impact: 3 }) // "inherent-4-3"
 * @example heatCellOf('residual-2-5') // { which: 'residual', probability: 2, impact: 5 }; heatCellOf('x') // null
 */
import type { HeatCell } from './risk-filter';

export const heatCellParam = (cell: HeatCell): string => `${cell.which}-${cell.probability}-${cell.impact}`;

/** The cell a parameter names, or null when it names none on the 5x5 grid. */
export function heatCellOf(param: string | null): HeatCell | null {
  const match = /^(inherent|residual)-([1-5])-([1-5])$/.exec(param ?? '');
  if (!match) return null;
  return { which: match[1] === 'residual' ? 'residual' : 'inherent', probability: Number(match[2]), impact: Number(match[3]) };
}
