/**
 * The issue panel: one issue's place in its project's schedule, as the viewer sees it: its dates and slack,
 * what drives its start, its neighbours two links away, and the predecessors that are late or blocked.
 */
import type { IssueScheduleResult, ScheduleEdge, ScheduleNode, ScheduleResult } from '../contract';
import { fetchIssueProject } from '../adapters/jira/fetch-issue-project';
import { drivingChain } from '../domain/schedule/driving-chain';
import { loadScope, type ScopePorts } from './load-scope';
import { scheduleOfScope } from './get-schedule';

type Neighbour = NonNullable<IssueScheduleResult['schedule']>['predecessors'][number];

function neighbours(schedule: ScheduleResult, key: string, direction: 'predecessors' | 'successors'): Neighbour[] {
  const nodes = new Map(schedule.nodes.map((n) => [n.key, n]));
  const near = (edge: ScheduleEdge) => (direction === 'predecessors' ? edge.to : edge.from);
  const far = (edge: ScheduleEdge) => (direction === 'predecessors' ? edge.from : edge.to);
  const result: Neighbour[] = [];
  const first = schedule.edges.filter((e) => near(e) === key && far(e) !== key);
  for (const via of first) {
    const node = nodes.get(far(via));
    if (node) result.push({ level: 1, via, node });
  }
  for (const step of first) {
    for (const via of schedule.edges.filter((e) => near(e) === far(step) && far(e) !== key && far(e) !== near(e))) {
      const node = nodes.get(far(via));
      if (node) result.push({ level: 2, via, node });
    }
  }
  return result;
}

export async function getIssueSchedule(ports: ScopePorts, input: { issueKey: string; asOf: string }): Promise<IssueScheduleResult> {
  const { issueKey, projectKey } = await fetchIssueProject(ports.viewerJira, input.issueKey);
  const scope = await loadScope(ports, projectKey);
  const schedule = await scheduleOfScope(ports, scope, input.asOf);
  const nodes = new Map(schedule.nodes.map((n) => [n.key, n]));
  const node = nodes.get(issueKey);
  if (!node || node.external) {
    return {
      issueKey,
      schedule: null,
      message: `${issueKey} is not in Keel's scope for ${projectKey} (${schedule.scopeJql}), so Keel does not schedule it. An admin can widen the scope in Keel's settings.`,
    };
  }
  const predecessors = neighbours(schedule, issueKey, 'predecessors');
  const troubled = new Map<string, { node: ScheduleNode; reasons: ('late' | 'blocked')[] }>();
  for (const p of predecessors) {
    const reasons = [...(p.node.late ? (['late'] as const) : []), ...(p.node.blocked ? (['blocked'] as const) : [])];
    if (reasons.length > 0 && !troubled.has(p.node.key)) troubled.set(p.node.key, { node: p.node, reasons });
  }
  return {
    issueKey,
    schedule: {
      project: schedule.project,
      projectFinish: schedule.projectFinish,
      node,
      predecessors,
      successors: neighbours(schedule, issueKey, 'successors'),
      drivingChain: drivingChain({ items: Object.fromEntries(nodes) }, issueKey).flatMap((k) => nodes.get(k) ?? []),
      troubledPredecessors: [...troubled.values()],
      inCycle: schedule.cycles.some((c) => c.issueKeys.includes(issueKey)),
      hiddenLinks: scope.hiddenLinks ? (scope.hiddenLinks.get(issueKey) ?? 0) : null,
    },
    message: null,
  };
}
