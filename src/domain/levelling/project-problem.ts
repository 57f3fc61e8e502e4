/**
 * A project's levelling problem from its CPM schedule (critical-path.ts) and its people and pools (DESIGN.md
 * section 1, "Resource levelling"): the schedule's activities and links in slots of a quarter day; open work
 * assigned to a person holds that person (capacity 1, none on days off) for its work at their availability (16 h
 * at 50% of 8 h/day is 4 days); unassigned work in a pool holds one unit of it for its CPM duration; done work
 * stays at its dates, work under way is pinned. O(items + links + days off).
 */
import type { CriticalPath } from '../schedule/critical-path';
import { adjacency } from '../schedule/compressed-adjacency';
import { KINDS } from '../schedule/dependency-graph';
import { topologicalOrder } from '../schedule/topological-order';
import type { WorkingCalendar } from '../schedule/working-calendar';
import type { WorkItem } from '../work-item';
import type { Demand, LevellingProblem, LevellingResource } from './levelling-problem';

export const SLOTS_PER_DAY = 4;

export interface PersonSettings {
  accountId: string;
  /** Share of a working day given to this project's work, 0-100. */
  availabilityPercent: number;
  /** Days away, YYYY-MM-DD, both ends included. */
  timeOff: readonly { from: string; to: string }[];
}

export interface ResourceSettings {
  people: readonly PersonSettings[];
  /** Pools by name with their size (people who can take the work). */
  pools: readonly { name: string; size: number }[];
  /** The pool an item belongs to (its Team, a component or a label mapped to a pool); null when none. */
  poolOf?: (item: WorkItem) => string | null;
  ignorePools?: boolean;
}

export interface ProjectProblem {
  problem: LevellingProblem;
  /** Per activity: its work item (null for issues outside the scope), and how it is levelled. */
  items: (WorkItem | null)[];
  role: ('person' | 'pool' | 'unassigned' | 'unestimated' | 'fixed' | 'none')[];
  /** People with time off covering every working day up to the CPM finish. */
  awayThroughout: string[];
  /** Per resource: a person or a pool, and the share of a working day one unit gives (availability; a pool 1). */
  resourceKind: ('person' | 'pool')[];
  resourceShare: number[];
  /** Per activity: its CPM duration in slots (a person's work at full time, before their availability stretches it). */
  cpmDuration: Float64Array;
}

const slot = (days: number): number => Math.round(days * SLOTS_PER_DAY);

function personResource(person: PersonSettings | undefined, id: string, calendar: WorkingCalendar): LevellingResource {
  const available = (person?.availabilityPercent ?? 100) > 0;
  const off: number[] = [];
  for (const { from, to } of person?.timeOff ?? []) {
    const first = Math.max(0, calendar.offsetOf(from));
    const last = calendar.offsetOf(to) - (calendar.isWorkingDay(to) ? 0 : 1);
    for (let day = first; day <= last; day++) off.push(day);
  }
  if (off.length === 0) return { id, capacity: available ? 1 : 0 };
  const profile = new Int32Array((Math.max(...off) + 1) * SLOTS_PER_DAY).fill(1);
  for (const day of off) profile.fill(0, day * SLOTS_PER_DAY, (day + 1) * SLOTS_PER_DAY);
  return { id, capacity: available ? 1 : 0, profile };
}

export function projectProblem(
  schedule: CriticalPath,
  workItems: readonly WorkItem[],
  calendar: WorkingCalendar,
  settings: ResourceSettings,
  notBefore?: ReadonlyMap<string, number>,
): ProjectProblem {
  const scheduled = Object.values(schedule.items);
  const indexOf = new Map(scheduled.map((s, v) => [s.key, v]));
  const byKey = new Map(workItems.map((i) => [i.key, i]));
  const people = new Map(settings.people.map((p) => [p.accountId, p]));
  const resources: LevellingResource[] = [];
  const resourceIndex = new Map<string, number>();
  const resourceKind: ('person' | 'pool')[] = [];
  const resourceShare: number[] = [];
  const resourceFor = (id: string, make: () => LevellingResource, share = 1): number => {
    let r = resourceIndex.get(id);
    if (r === undefined) {
      resourceIndex.set(id, (r = resources.push(make()) - 1));
      resourceKind.push(id.startsWith('person:') ? 'person' : 'pool');
      resourceShare.push(share);
    }
    return r;
  };
  const missing = new Set(schedule.missingDuration);
  const n = scheduled.length;
  const items = scheduled.map((s) => (s.external ? null : (byKey.get(s.key) ?? null)));
  const duration = new Float64Array(n);
  const cpmDuration = new Float64Array(n);
  const fixedStart = new Float64Array(n).fill(NaN);
  const fixedFinish = new Float64Array(n).fill(NaN);
  const earliestStart = new Float64Array(n);
  const pinned = new Uint8Array(n);
  const demands: Demand[][] = [];
  const role: ProjectProblem['role'] = [];
  scheduled.forEach((s, v) => {
    const item = items[v] ?? null;
    const cpmSlots = slot(s.earlyFinish) - slot(s.earlyStart);
    duration[v] = cpmSlots;
    cpmDuration[v] = cpmSlots;
    earliestStart[v] = slot(notBefore?.get(s.key) ?? 0);
    const wanted: Demand[] = [];
    if (s.fixed) {
      fixedStart[v] = slot(s.earlyStart);
      fixedFinish[v] = slot(s.earlyFinish);
      role.push('fixed');
    } else if (item === null) role.push('none');
    else if (missing.has(s.key)) role.push('unestimated');
    else if (item.assigneeId !== null) {
      const person = people.get(item.assigneeId);
      const share = Math.min(100, Math.max(0, person?.availabilityPercent ?? 100)) / 100;
      if (share > 0) duration[v] = Math.ceil((s.durationDays * SLOTS_PER_DAY) / share - 1e-9);
      wanted.push({ resource: resourceFor(`person:${item.assigneeId}`, () => personResource(person, item.assigneeName ?? item.assigneeId ?? '', calendar), share), units: 1 });
      role.push('person');
    } else {
      const pool = settings.ignorePools === true ? null : (settings.poolOf?.(item) ?? null);
      if (pool === null) role.push('unassigned');
      else {
        const size = settings.pools.find((p) => p.name === pool)?.size ?? 0;
        wanted.push({ resource: resourceFor(`pool:${pool}`, () => ({ id: pool, capacity: Math.max(0, Math.floor(size)) })), units: 1 });
        role.push('pool');
      }
    }
    if (s.underWay) pinned[v] = 1;
    demands.push(wanted);
  });

  const ignored = new Set(schedule.ignoredLinkIds);
  const edges = schedule.edges.filter((e) => !ignored.has(e.linkId) && indexOf.has(e.from) && indexOf.has(e.to));
  const edgeFrom = Int32Array.from(edges, (e) => indexOf.get(e.from) ?? 0);
  const edgeTo = Int32Array.from(edges, (e) => indexOf.get(e.to) ?? 0);
  const out = adjacency(n, edgeFrom, edges.length);
  const into = adjacency(n, edgeTo, edges.length);
  const graph = {
    edgeFrom,
    edgeTo,
    edgeKind: Uint8Array.from(edges, (e) => KINDS.indexOf(e.kind)),
    edgeLag: Float64Array.from(edges, (e) => slot(e.lagDays)),
    outStart: out.start,
    outEdge: out.edge,
    inStart: into.start,
    inEdge: into.edge,
  };
  const removed = new Uint8Array(edges.length);
  const order = topologicalOrder(graph, removed) ?? Int32Array.from(scheduled.keys());
  const finishDay = Math.ceil(schedule.projectFinish);
  const awayThroughout = resources.filter((r) => r.profile !== undefined && r.profile.length >= finishDay * SLOTS_PER_DAY && r.profile.subarray(0, finishDay * SLOTS_PER_DAY).every((c) => c === 0)).map((r) => r.id);
  return {
    problem: {
      network: { graph, removed, duration, fixedStart, fixedFinish, earliestStart, order },
      resources,
      demands,
      pinned,
      names: scheduled.map((s) => s.key),
    },
    items,
    role,
    awayThroughout,
    resourceKind,
    resourceShare,
    cpmDuration,
  };
}
