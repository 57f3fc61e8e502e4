/** Which nodes and edges of the schedule the map draws: the filters and the focus, applied in one pass. */
import type { ScheduleEdge, ScheduleNode } from '@contract';
import { reachableKeys } from './reachable-keys';

export interface GraphFilter {
  /** An epic's key: its children (and the epic itself). */
  epic: string | null;
  /** An assignee's account id, `UNASSIGNED`, or null for everyone. */
  assignee: string | null;
  category: ScheduleNode['statusCategory'] | null;
  criticalOnly: boolean;
  /** Critical and near-critical work. */
  nearCriticalOnly: boolean;
  /** Also draw issues without any dependency link (the table always lists them). */
  unlinked: boolean;
  /** An issue whose upstream and downstream (transitively) alone are drawn. */
  focus: string | null;
}

export const UNASSIGNED = '__unassigned__';

export const NO_FILTER: GraphFilter = {
  epic: null,
  assignee: null,
  category: null,
  criticalOnly: false,
  nearCriticalOnly: false,
  unlinked: false,
  focus: null,
};

export interface VisibleGraph {
  nodes: ScheduleNode[];
  edges: ScheduleEdge[];
}

function keeps(filter: GraphFilter, node: ScheduleNode): boolean {
  if (filter.epic !== null && node.parentKey !== filter.epic && node.key !== filter.epic) return false;
  if (filter.assignee !== null && (node.assignee?.accountId ?? UNASSIGNED) !== filter.assignee) return false;
  if (filter.category !== null && node.statusCategory !== filter.category) return false;
  if (filter.criticalOnly && !node.critical) return false;
  if (filter.nearCriticalOnly && !node.critical && !node.nearCritical) return false;
  return true;
}

/** The nodes passing every filter (and, when focusing, linked to the focus), and the edges between them. O(V + E). */
export function visibleGraph(nodes: readonly ScheduleNode[], edges: readonly ScheduleEdge[], filter: GraphFilter): VisibleGraph {
  const around = filter.focus === null ? null : reachableKeys(filter.focus, edges);
  const linked = new Set(edges.flatMap((e) => [e.from, e.to]));
  const shown = nodes.filter((n) => keeps(filter, n) && (filter.unlinked || linked.has(n.key)) && (around === null || around.has(n.key)));
  const keys = new Set(shown.map((n) => n.key));
  return { nodes: shown, edges: edges.filter((e) => keys.has(e.from) && keys.has(e.to)) };
}

export function isFiltered(filter: GraphFilter): boolean {
  return (Object.keys(NO_FILTER) as (keyof GraphFilter)[]).some((k) => filter[k] !== NO_FILTER[k]);
}

/** The filter state the map and the Gantt share (schedule-views.tsx): React's setter, updaters included. */
export type FilterState = [GraphFilter, (next: GraphFilter | ((current: GraphFilter) => GraphFilter)) => void];

/**
 * The Gantt's issues under the map's filters and focus: every issue passing them, linked or not (a Gantt row
 * needs no link), and the links between them. Example: focus on PAY-4 keeps its upstream and downstream chain.
 */
export function ganttGraph(nodes: readonly ScheduleNode[], edges: readonly ScheduleEdge[], filter: GraphFilter): VisibleGraph {
  return visibleGraph(nodes, edges, { ...filter, unlinked: true });
}
