/**
 * The "What to chase" part of a schedule answer (contract/chase.ts): the domain's list over the schedule the
 * viewer may see (computed in the call, or stored and cut to what they may browse), cut to MAX_CHASE_ENTRIES.
 */
import { MAX_CHASE_ENTRIES, type ChaseList, type ScheduleResult } from '../contract';
import { chaseList } from '../domain/chase/chase-list';
import { derivedOnce } from './derived-once';

export function chaseOfSchedule(schedule: Pick<ScheduleResult, 'nodes' | 'edges' | 'asOf'>): ChaseList {
  // Once per stored schedule (or viewer's cut of it) and status date: O(V + E), and 50,000 issues take a while.
  return derivedOnce(schedule.nodes, `chase:${schedule.asOf}`, [schedule.edges], () => chaseOf(schedule));
}

function chaseOf(schedule: Pick<ScheduleResult, 'nodes' | 'edges' | 'asOf'>): ChaseList {
  const { entries, asOf, weekEnd } = chaseList({ nodes: schedule.nodes, edges: schedule.edges, asOf: schedule.asOf });
  const having = (kind: string) => entries.filter((e) => e.reasons.some((r) => r.kind === kind)).length;
  return {
    asOf,
    weekEnd,
    total: entries.length,
    counts: { late: having('late'), blocked: having('blocked'), outOfSequence: having('out-of-sequence'), predecessorDue: having('predecessor-due') },
    entries: entries.slice(0, MAX_CHASE_ENTRIES),
  };
}
