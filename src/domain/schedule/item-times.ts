/**
 * Per-node durations and fixed dates for the CPM passes: each in-scope item's duration from the duration
 * source (item-duration.ts), or its remaining duration when it is under way (remaining-duration.ts), 0 and
 * listed as missing when it has neither; a node with actual dates (a done item, or an external issue whose
 * dates are known) is fixed at them, and done unless its dates are a commitment (open work at its due date).
 * External nodes last 0. O(V).
 */
import type { CriticalPathInput } from './critical-path';
import type { DependencyGraph } from './dependency-graph';
import { itemDuration } from './item-duration';

export interface ItemTimes {
  duration: Float64Array;
  /** NaN when the node is not fixed. */
  fixedStart: Float64Array;
  fixedFinish: Float64Array;
  /** 1 for finished work kept at its actual dates. */
  done: Uint8Array;
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
  const done = new Uint8Array(n);
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
    done[v] = actual.committed === true ? 0 : 1;
  }
  return { duration: days, fixedStart, fixedFinish, done, missingDuration };
}
