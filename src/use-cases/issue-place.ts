/**
 * One issue's place in a schedule, as the issue panel shows it: its node, its neighbours two links away, the
 * chain of driving predecessors, the predecessors that are late or blocked, and whether it is in a cycle.
 * Shared by the panel's two paths: a schedule computed in the call, and a stored analysis cut to the viewer.
 */
import type { IssueScheduleResult, ScheduleEdge, ScheduleNode, ScheduleResult } from '../contract';
import { drivingChain } from '../domain/schedule/driving-chain';

type IssueSchedule = NonNullable<IssueScheduleResult['schedule']>;
type Neighbour = IssueSchedule['predecessors'][number];
type Schedule = Pick<ScheduleResult, 'project' | 'projectFinish' | 'nodes' | 'edges' | 'cycles'>;

export function neighbours(schedule: Pick<Schedule, 'nodes' | 'edges'>, key: string, direction: 'predecessors' | 'successors'): Neighbour[] {
  const nodes = new Map(schedule.nodes.map((n) => [n.key, n]));
  const near = (edge: ScheduleEdge) => (direction === 'predecessors' ? edge.to : edge.from);
  const far = (edge: ScheduleEdge) => (direction === 'predecessors' ? edge.from : edge.to);
  // Links by their end nearer the issue: one pass over the links, not one per first-level neighbour.
  const byNear = new Map<string, ScheduleEdge[]>();
  for (const e of schedule.edges) {
    const list = byNear.get(near(e));
    if (list) list.push(e);
    else byNear.set(near(e), [e]);
  }
  const result: Neighbour[] = [];
  const first = (byNear.get(key) ?? []).filter((e) => far(e) !== key);
  for (const via of first) {
    const node = nodes.get(far(via));
    if (node) result.push({ level: 1, via, node });
  }
  for (const step of first) {
    for (const via of (byNear.get(far(step)) ?? []).filter((e) => far(e) !== key && far(e) !== near(e))) {
      const node = nodes.get(far(via));
      if (node) result.push({ level: 2, via, node });
    }
  }
  return result;
}

/** The keys the panel would name for `issueKey` in `schedule`: the issue, its neighbours and its driving chain. */
export function keysShownFor(schedule: Pick<Schedule, 'nodes' | 'edges'>, issueKey: string): string[] {
  const nodes = new Map(schedule.nodes.map((n) => [n.key, n]));
  const keys = new Set([issueKey]);
  for (const n of [...neighbours(schedule, issueKey, 'predecessors'), ...neighbours(schedule, issueKey, 'successors')]) keys.add(n.node.key);
  for (const key of drivingChain({ items: Object.fromEntries(nodes) }, issueKey)) keys.add(key);
  return [...keys];
}

/** The issue's place, or null when it is not scheduled there (absent, or only linked from the scope). */
export function issuePlace(schedule: Schedule, issueKey: string, hiddenLinks: number | null): IssueSchedule | null {
  const nodes = new Map(schedule.nodes.map((n) => [n.key, n]));
  const node = nodes.get(issueKey);
  if (!node || node.external) return null;
  const predecessors = neighbours(schedule, issueKey, 'predecessors');
  const troubled = new Map<string, { node: ScheduleNode; reasons: ('late' | 'blocked')[] }>();
  for (const p of predecessors) {
    const reasons = [...(p.node.late ? (['late'] as const) : []), ...(p.node.blocked ? (['blocked'] as const) : [])];
    if (reasons.length > 0 && !troubled.has(p.node.key)) troubled.set(p.node.key, { node: p.node, reasons });
  }
  return {
    project: schedule.project,
    projectFinish: schedule.projectFinish,
    node,
    predecessors,
    successors: neighbours(schedule, issueKey, 'successors'),
    drivingChain: drivingChain({ items: Object.fromEntries(nodes) }, issueKey).flatMap((k) => nodes.get(k) ?? []),
    troubledPredecessors: [...troubled.values()],
    inCycle: schedule.cycles.some((c) => c.issueKeys.includes(issueKey)),
    hiddenLinks,
  };
}
