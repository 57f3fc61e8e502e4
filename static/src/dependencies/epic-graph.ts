/**
 * "Collapse to epics": one box per epic (or "No epic") spanning its children's early dates, critical when it
 * holds critical work, with one edge per pair of epics that some dependency joins. O(V + E).
 */
import type { ScheduleEdge, ScheduleNode } from '@contract';
import type { VisibleGraph } from './graph-filter';

export const NO_EPIC = 'No epic';

function epicBox(key: string, members: ScheduleNode[], byKey: Map<string, ScheduleNode>): ScheduleNode {
  const first = members.reduce((a, b) => (b.offsets.earlyStart < a.offsets.earlyStart ? b : a));
  const last = members.reduce((a, b) => (b.offsets.earlyFinish > a.offsets.earlyFinish ? b : a));
  const slack = members.reduce((min, n) => Math.min(min, n.totalSlackDays), Infinity);
  const epic = byKey.get(key);
  const open = members.filter((n) => n.statusCategory !== 'done');
  return {
    key,
    summary: `${epic?.summary ?? (key === NO_EPIC ? 'Issues without an epic' : key)} (${members.length} ${members.length === 1 ? 'issue' : 'issues'})`,
    type: 'Epic',
    status: open.length === 0 ? 'Done' : `${open.length} open`,
    statusCategory: open.length === 0 ? 'done' : 'inProgress',
    projectKey: epic?.projectKey ?? first.projectKey,
    parentKey: null,
    assignee: null,
    external: members.every((n) => n.external),
    durationDays: last.offsets.earlyFinish - first.offsets.earlyStart,
    missingDuration: false,
    fixed: open.length === 0,
    offsets: { earlyStart: first.offsets.earlyStart, earlyFinish: last.offsets.earlyFinish, lateStart: first.offsets.lateStart, lateFinish: last.offsets.lateFinish },
    earlyStart: first.earlyStart,
    earlyFinish: last.earlyFinish,
    lateStart: first.lateStart,
    lateFinish: last.lateFinish,
    totalSlackDays: slack,
    freeSlackDays: slack,
    critical: members.some((n) => n.critical),
    nearCritical: members.some((n) => n.nearCritical),
    dueDate: null,
    late: members.some((n) => n.late),
    blocked: members.some((n) => n.blocked),
    drivingPredecessor: null,
  };
}

/** The epics of the visible nodes and the links between epics; `all` names the epics (they may be filtered out). */
export function epicGraph(graph: VisibleGraph, all: readonly ScheduleNode[]): VisibleGraph {
  const byKey = new Map(all.map((n) => [n.key, n]));
  const epicOf = new Map<string, string>();
  const members = new Map<string, ScheduleNode[]>();
  const parents = new Set(graph.nodes.map((n) => n.parentKey));
  for (const n of graph.nodes) {
    // An epic that is itself on the map stands for its own box.
    const epic = n.parentKey ?? (parents.has(n.key) ? n.key : NO_EPIC);
    epicOf.set(n.key, epic);
    (members.get(epic) ?? members.set(epic, []).get(epic))?.push(n);
  }
  const nodes = [...members.entries()].map(([key, list]) => epicBox(key, list, byKey));
  const edges = new Map<string, ScheduleEdge>();
  for (const e of graph.edges) {
    const from = epicOf.get(e.from);
    const to = epicOf.get(e.to);
    if (!from || !to || from === to) continue;
    const id = `${from}→${to}`;
    const seen = edges.get(id);
    edges.set(id, {
      linkId: id,
      linkType: 'epics',
      from,
      to,
      kind: 'FS',
      lagDays: 0,
      critical: (seen?.critical ?? false) || e.critical,
      ignored: (seen?.ignored ?? true) && e.ignored,
      inCycle: (seen?.inCycle ?? false) || e.inCycle,
    });
  }
  return { nodes, edges: [...edges.values()] };
}
