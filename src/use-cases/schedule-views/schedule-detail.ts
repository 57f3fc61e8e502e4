/**
 * Part of a large dependency map, on demand: the issues matching a filter (an epic, a time window, an
 * assignee ...) and, with a focus, only those upstream or downstream of it; with the links among them. Cut to
 * the answer budget in early-start order, saying how many were left out. O(V + E).
 */
import type { ScheduleDetailResult, ScheduleEdge, ScheduleFilter, ScheduleResult } from '../../contract';
import { ANSWER_BUDGET_BYTES, prefixWithin } from './answer-budget';
import { groupOf, nodeFilter } from './schedule-filter';

export function scheduleDetail(
  schedule: Pick<ScheduleResult, 'nodes' | 'edges'>,
  request: { focus?: string; filter: ScheduleFilter },
  budget = ANSWER_BUDGET_BYTES,
): Omit<ScheduleDetailResult, 'background'> {
  const around = request.focus === undefined ? null : linkedTo(request.focus, schedule.edges);
  const keeps = nodeFilter(request.filter, groupOf(schedule.nodes));
  const matching = schedule.nodes.filter((n) => keeps(n) && (around === null || around.has(n.key)));
  matching.sort((a, b) => a.offsets.earlyStart - b.offsets.earlyStart || a.offsets.earlyFinish - b.offsets.earlyFinish);
  // Nodes take two thirds of the budget at most; their links what is left.
  const nodes = prefixWithin(matching, (budget * 2) / 3);
  const shown = new Set(nodes.map((n) => n.key));
  const among = schedule.edges.filter((e) => shown.has(e.from) && shown.has(e.to));
  const edges = prefixWithin(among, budget / 3);
  const linksOut = schedule.edges.filter((e) => shown.has(e.from) !== shown.has(e.to)).length;
  return { nodes, edges, matching: matching.length, omitted: matching.length - nodes.length, linksOut: linksOut + among.length - edges.length };
}

/** The focus and every issue upstream or downstream of it (breadth first both ways). */
function linkedTo(focus: string, edges: readonly ScheduleEdge[]): Set<string> {
  const next = new Map<string, string[]>();
  const previous = new Map<string, string[]>();
  for (const e of edges) {
    (next.get(e.from) ?? next.set(e.from, []).get(e.from))?.push(e.to);
    (previous.get(e.to) ?? previous.set(e.to, []).get(e.to))?.push(e.from);
  }
  const seen = new Set([focus]);
  for (const links of [next, previous]) {
    // Each direction walks on its own: an issue both upstream and downstream (a cycle) is walked both ways.
    const queue = [focus];
    const walked = new Set(queue);
    for (let i = 0; i < queue.length; i++) {
      for (const other of links.get(queue[i] ?? '') ?? []) {
        if (walked.has(other)) continue;
        walked.add(other);
        seen.add(other);
        queue.push(other);
      }
    }
  }
  return seen;
}
