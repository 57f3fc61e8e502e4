/**
 * Orders the nodes of each layer to reduce edge crossings: the barycentre heuristic of Sugiyama, Tagawa and
 * Toda (1981). A down sweep sorts each layer by the mean position of its predecessors, an up sweep by that of
 * its successors; positions are normalised to [0, 1] per layer so edges spanning several layers count too.
 * Each sweep is O(V + E) plus the sorts, O(V log V).
 */
import type { LayoutEdge } from './layout-graph';

/** Returns new arrays; `layers[i]` lists the ids of layer i in their starting order. */
export function barycentreOrder(layers: readonly (readonly string[])[], edges: readonly LayoutEdge[], sweeps = 4): string[][] {
  const order = layers.map((layer) => [...layer]);
  const position = new Map<string, number>();
  const layerOf = new Map<string, number>();
  const place = (i: number) => {
    const layer = order[i] ?? [];
    layer.forEach((id, at) => position.set(id, layer.length > 1 ? at / (layer.length - 1) : 0.5));
  };
  order.forEach((layer, i) => {
    layer.forEach((id) => layerOf.set(id, i));
    place(i);
  });
  const preds = new Map<string, string[]>();
  const succs = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (!layerOf.has(from) || !layerOf.has(to) || from === to) continue;
    (preds.get(to) ?? preds.set(to, []).get(to))?.push(from);
    (succs.get(from) ?? succs.set(from, []).get(from))?.push(to);
  }
  const sortLayer = (i: number, neighbours: Map<string, string[]>) => {
    const layer = order[i];
    if (!layer || layer.length < 2) return;
    const key = new Map<string, number>();
    for (const id of layer) {
      const around = neighbours.get(id);
      const own = position.get(id) ?? 0;
      if (!around || around.length === 0) key.set(id, own);
      else key.set(id, around.reduce((sum, n) => sum + (position.get(n) ?? 0), 0) / around.length);
    }
    // Stable sort: ties keep the current order, so repeated sweeps converge instead of oscillating.
    layer.sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0));
    place(i);
  };
  for (let sweep = 0; sweep < sweeps; sweep += 1) {
    for (let i = 1; i < order.length; i += 1) sortLayer(i, preds);
    for (let i = order.length - 2; i >= 0; i -= 1) sortLayer(i, succs);
  }
  return order;
}
