/**
 * The focus of the map: an issue with everything upstream of it (its predecessors, transitively) and
 * everything downstream (its successors, transitively), by two breadth-first searches, O(V + E).
 */
import type { ScheduleEdge } from '@contract';

/** Example: edges a→b, b→c, d→c; the focus b reaches { a, b, c } (not d, a sibling predecessor of c). */
export function reachableKeys(focus: string, edges: readonly ScheduleEdge[]): Set<string> {
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  for (const { from, to } of edges) {
    (forward.get(from) ?? forward.set(from, []).get(from))?.push(to);
    (backward.get(to) ?? backward.set(to, []).get(to))?.push(from);
  }
  const result = new Set<string>([focus]);
  for (const next of [forward, backward]) {
    const seen = new Set<string>([focus]);
    const queue = [focus];
    for (let head = 0; head < queue.length; head += 1) {
      for (const key of next.get(queue[head] ?? '') ?? []) {
        if (seen.has(key)) continue;
        seen.add(key);
        result.add(key);
        queue.push(key);
      }
    }
  }
  return result;
}
