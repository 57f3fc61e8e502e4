/**
 * A stored schedule's nodes and links by summary group (schedule-filter.ts `groupOf`: an epic, a parent outside
 * the scope, or `NO_EPIC_KEY`), stored beside it (schedule-groups-store.ts) so that one epic's `schedule/detail`
 * reads its group, not the whole schedule (issue #11). Each group holds its nodes in the schedule's order and
 * every link with an end among them, in the schedule's order (a link between two groups is in both): what
 * schedule-detail.ts needs to answer an epic filter exactly as it does over the whole. Groups in key order, so
 * a group's place does not depend on the order of the nodes. O(V + E + G log G).
 */
import type { ScheduleFilter, ScheduleResult } from '../../contract';
import type { ScheduleGroup } from '../../adapters/storage/schedule-groups-store';
import { groupOf } from './schedule-filter';

export function scheduleGroups(schedule: Pick<ScheduleResult, 'nodes' | 'edges'>): ScheduleGroup[] {
  const group = groupOf(schedule.nodes);
  const byGroup = new Map<string, ScheduleGroup>();
  const ofKey = new Map<string, ScheduleGroup>();
  for (const node of schedule.nodes) {
    const key = group(node);
    const entry = byGroup.get(key) ?? { group: key, nodes: [], edges: [] };
    byGroup.set(key, entry);
    entry.nodes.push(node);
    ofKey.set(node.key, entry);
  }
  for (const edge of schedule.edges) {
    const from = ofKey.get(edge.from);
    const to = ofKey.get(edge.to);
    from?.edges.push(edge);
    if (to && to !== from) to.edges.push(edge);
  }
  return [...byGroup.values()].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
}

/**
 * Whether a group answers the request as the whole schedule would: an epic filter (whatever else it narrows by,
 * each of the node's own fields), without a focus, whose walk needs every link. Example: `{ filter: { epic:
 * 'PAY-1', assignee: 'u1' } }` does; `{ focus: 'PAY-2', filter: { epic: 'PAY-1' } }` and `{ filter: {} }` do not.
 */
export function groupAnswers(request: { focus?: string | undefined; filter: ScheduleFilter }): request is { filter: ScheduleFilter & { epic: string } } {
  return request.focus === undefined && request.filter.epic !== undefined;
}
