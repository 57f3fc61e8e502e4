/**
 * Counts the crossings between edges joining adjacent layers: two edges cross when their ends are in opposite
 * order on the two layers. Pairwise, O(E²) per pair of layers: for tests and small graphs, not for drawing.
 */
import type { LayoutEdge } from './layout-graph';

/** Example: layers [[a, b], [c, d]] with a→d and b→c cross once. */
export function countCrossings(layers: readonly (readonly string[])[], edges: readonly LayoutEdge[]): number {
  const at = new Map<string, { layer: number; index: number }>();
  layers.forEach((layer, l) => layer.forEach((id, index) => at.set(id, { layer: l, index })));
  const byLayer = new Map<number, { a: number; b: number }[]>();
  for (const { from, to } of edges) {
    const p = at.get(from);
    const q = at.get(to);
    if (!p || !q || Math.abs(p.layer - q.layer) !== 1) continue;
    const [left, right] = p.layer < q.layer ? [p, q] : [q, p];
    const list = byLayer.get(left.layer) ?? [];
    list.push({ a: left.index, b: right.index });
    byLayer.set(left.layer, list);
  }
  let crossings = 0;
  for (const list of byLayer.values()) {
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const e = list[i];
        const f = list[j];
        if (e && f && (e.a - f.a) * (e.b - f.b) < 0) crossings += 1;
      }
    }
  }
  return crossings;
}
