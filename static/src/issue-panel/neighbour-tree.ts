/**
 * Groups the resolver's flat neighbour list (levels 1 and 2) into level-1 neighbours, each with the level-2
 * neighbours reached through it. A level-2 entry's `via` is the link between it and the nearer (level-1) issue:
 * for a predecessor that link points to the level-1 issue (`via.to`), for a successor it comes from it
 * (`via.from`). Example: predecessors [{1, A→X, A}, {2, B→A, B}] give [{A, children: [B]}].
 */
import type { IssueScheduleResult } from '@contract';

export type Neighbour = NonNullable<IssueScheduleResult['schedule']>['predecessors'][number];
export type Direction = 'predecessors' | 'successors';

export interface NeighbourGroup {
  neighbour: Neighbour;
  children: Neighbour[];
}

/** Level-1 neighbours in the resolver's order, each with its level-2 neighbours; orphans are dropped. */
export function neighbourTree(neighbours: readonly Neighbour[], direction: Direction): NeighbourGroup[] {
  const nearerKey = (n: Neighbour) => (direction === 'predecessors' ? n.via.to : n.via.from);
  const childrenOf = new Map<string, Neighbour[]>();
  for (const n of neighbours) {
    if (n.level !== 2) continue;
    const key = nearerKey(n);
    const siblings = childrenOf.get(key) ?? [];
    // A level-1 issue joined by two links is listed twice by the resolver; its neighbours belong to it once.
    // A link touching a summary task is an edge to each of its children, all with the link's id: ends tell them apart.
    if (!siblings.some((s) => s.via.linkId === n.via.linkId && s.via.from === n.via.from && s.via.to === n.via.to)) childrenOf.set(key, [...siblings, n]);
  }
  return neighbours
    .filter((n) => n.level === 1)
    .map((neighbour) => ({ neighbour, children: childrenOf.get(neighbour.node.key) ?? [] }));
}
