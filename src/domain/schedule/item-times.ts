/**
 * Per-node durations and fixed dates for the CPM passes: each in-scope item's duration from the duration
 * source (item-duration.ts), or its remaining duration when it is under way (remaining-duration.ts), 0 and
 * listed as missing when it has neither; a node with actual dates (a done item, or an external issue whose
 * dates are known) is fixed at them. External nodes last 0. O(V).
 */
import type { CriticalPathInput } from './critical-path';
import type { DependencyGraph } from './dependency-graph';
import { itemDuration } from './item-duration';

export interface ItemTimes {
  duration: Float64Array;
  /** NaN when the node is not fixed. */
  fixedStart: Float64Array;
  fixedFinish: Float64Array;
  /** In-scope items without duration data and without actual dates, in input order. */
  missingDuration: string[];
}

export function itemTimes(
  graph: Pick<DependencyGraph, 'keys' | 'indexOf'>,
  { items, duration, calendar, actuals, remaining }: Pick<CriticalPathInput, 'items' | 'duration' | 'calendar' | 'actuals' | 'remaining'>,
): ItemTimes {
  const n = graph.keys.length;
  const days = new Float64Array(n);
  const fixedStart = new Float64Array(n).fill(NaN);
  const fixedFinish = new Float64Array(n).fill(NaN);
  const missingDuration: string[] = [];
  items.forEach((item, v) => {
    if (graph.indexOf.get(item.key) !== v) return; // a repeated key: the first one counts
    const d = remaining?.get(item.key) ?? itemDuration(item, duration, calendar);
    if (d === null && !actuals?.has(item.key)) missingDuration.push(item.key);
    days[v] = d ?? 0;
  });
  for (const [key, actual] of actuals ?? []) {
    const v = graph.indexOf.get(key);
    if (v === undefined) continue;
    fixedStart[v] = actual.start;
    fixedFinish[v] = Math.max(actual.start, actual.finish);
    days[v] = (fixedFinish[v] ?? 0) - actual.start;
  }
  return { duration: days, fixedStart, fixedFinish, missingDuration };
}
