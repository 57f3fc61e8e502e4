/**
 * Places the nodes of a dependency graph: x from the dependency order (longest-path layer) or from time (the
 * early start in working days), y from rows ordered by the barycentre heuristic and, when grouping, banded by
 * group (epic). Deterministic: the same input gives the same coordinates. O(V log V + E) per sweep.
 */
import { barycentreOrder } from './barycentre-order';
import { longestPathLayers } from './longest-path-layers';
import { packedRows } from './packed-rows';

export interface LayoutNode {
  id: string;
  /** The band the node is drawn in when grouping (an epic's key), or null. */
  group: string | null;
  /** Working-day offsets; `finish` is exclusive. */
  start: number;
  finish: number;
}

export interface LayoutEdge {
  from: string;
  to: string;
}

export interface LayoutOptions {
  mode: 'time' | 'order';
  grouped: boolean;
  boxWidth: number;
  boxHeight: number;
  rowGap: number;
  layerGap: number;
  dayWidth: number;
  margin: number;
  /** Space above the first row, for the date axis. */
  top: number;
  /** Space above each group's rows for its label, when grouping. */
  bandHeader: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A group's band: from its label's top to below its last row. */
export interface Band {
  group: string | null;
  y: number;
  height: number;
}

export interface GraphLayout {
  boxes: Map<string, Box>;
  bands: Band[];
  width: number;
  height: number;
  /** x of working-day offset 0 (time mode; may be left of the drawing), for the axis. */
  originX: number;
  /** The earliest start drawn, the left edge of the drawing in time mode. */
  minOffset: number;
}

interface Placed {
  row: Map<string, number>;
  rowCount: number;
}

export function layoutGraph(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], options: LayoutOptions): GraphLayout {
  const ids = nodes.map((n) => n.id);
  const layerOf = longestPathLayers(ids, edges);
  let layerCount = 1;
  for (const layer of layerOf.values()) layerCount = Math.max(layerCount, layer + 1);
  const initial: string[][] = Array.from({ length: nodes.length === 0 ? 0 : layerCount }, () => []);
  for (const id of ids) initial[layerOf.get(id) ?? 0]?.push(id);
  const ordered = barycentreOrder(initial, edges);
  const rank = new Map<string, number>();
  ordered.forEach((layer) => layer.forEach((id, i) => rank.set(id, layer.length > 1 ? i / (layer.length - 1) : 0.5)));

  const predecessors = new Map<string, string[]>();
  for (const { from, to } of edges) (predecessors.get(to) ?? predecessors.set(to, []).get(to))?.push(from);

  // Time starts at the earliest drawn issue, so a filtered or focused map does not open on empty weeks.
  const minOffset = nodes.length === 0 ? 0 : nodes.reduce((min, n) => Math.min(min, n.start), Infinity);
  const originX = options.margin - minOffset * options.dayWidth;
  const xOf = (n: LayoutNode): number =>
    options.mode === 'time' ? originX + n.start * options.dayWidth : options.margin + (layerOf.get(n.id) ?? 0) * (options.boxWidth + options.layerGap);
  const extentOf = (n: LayoutNode): number =>
    options.mode === 'time' ? Math.max(options.boxWidth, (n.finish - n.start) * options.dayWidth) : options.boxWidth;

  const groups = groupNodes(nodes, options.grouped, rank);
  const boxes = new Map<string, Box>();
  const bands: Band[] = [];
  const rowHeight = options.boxHeight + options.rowGap;
  let y = options.top;
  let width = 0;
  const header = options.grouped ? options.bandHeader : 0;
  for (const [group, members] of groups) {
    const top = y + header;
    const placed = options.mode === 'time' ? packTime(members, rank, xOf, extentOf, options.layerGap / 2, predecessors) : stackLayers(members, layerOf, ordered);
    for (const n of members) {
      const x = xOf(n);
      const box = { x, y: top + (placed.row.get(n.id) ?? 0) * rowHeight, width: options.boxWidth, height: options.boxHeight };
      boxes.set(n.id, box);
      width = Math.max(width, x + extentOf(n));
    }
    const height = header + placed.rowCount * rowHeight;
    bands.push({ group, y, height });
    y += height + (options.grouped ? options.rowGap : 0);
  }
  return { boxes, bands, width: width + options.margin, height: y + options.margin, originX, minOffset };
}

/** Groups in the order of their members' mean rank, so bands follow the flow; ungrouped: one band. */
function groupNodes(nodes: readonly LayoutNode[], grouped: boolean, rank: Map<string, number>): [string | null, LayoutNode[]][] {
  if (!grouped) return nodes.length === 0 ? [] : [[null, [...nodes]]];
  const byGroup = new Map<string | null, LayoutNode[]>();
  for (const n of nodes) {
    const list = byGroup.get(n.group) ?? [];
    list.push(n);
    byGroup.set(n.group, list);
  }
  const mean = (list: LayoutNode[]) => list.reduce((s, n) => s + (rank.get(n.id) ?? 0), 0) / list.length;
  const key = (g: string | null, list: LayoutNode[]) => [g === null ? 1 : 0, list.reduce((min, n) => Math.min(min, n.start), Infinity), mean(list)] as const;
  return [...byGroup.entries()].sort(([ga, la], [gb, lb]) => {
    const a = key(ga, la);
    const b = key(gb, lb);
    return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || String(ga).localeCompare(String(gb));
  });
}

function stackLayers(members: LayoutNode[], layerOf: Map<string, number>, ordered: string[][]): Placed {
  const inBand = new Set(members.map((n) => n.id));
  const row = new Map<string, number>();
  let rowCount = 0;
  for (const layer of ordered) {
    let next = 0;
    for (const id of layer) if (inBand.has(id) && layerOf.has(id)) row.set(id, next++);
    rowCount = Math.max(rowCount, next);
  }
  return { row, rowCount };
}

function packTime(
  members: LayoutNode[],
  rank: Map<string, number>,
  xOf: (n: LayoutNode) => number,
  extentOf: (n: LayoutNode) => number,
  gap: number,
  predecessors: ReadonlyMap<string, readonly string[]>,
): Placed {
  // By start, so first fit uses the fewest rows; the barycentre rank breaks ties between work starting together.
  const sorted = [...members].sort((a, b) => a.start - b.start || (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0) || a.id.localeCompare(b.id));
  const intervals = sorted.map((n) => ({ id: n.id, start: xOf(n), end: xOf(n) + extentOf(n) }));
  const { rows, rowCount } = packedRows(intervals, gap, predecessors);
  return { row: rows, rowCount };
}
