/**
 * Planned dates for every work item: the plan's start and duration jittered per seed, then pushed later
 * until every scheduled dependency holds (FS for Blocks and Gantt End to Start, SS, FF). A label-correcting
 * relaxation (Bellman-Ford style) over at most |V| rounds; links marked `unscheduled` (the cycle, hidden
 * projects) are skipped, as a real plan would have been made before that mess appeared.
 */
import type { Prng } from './prng';
import type { PlanItem, ProjectPlan } from './plan-types';

export interface PlannedSpan {
  /** Working day index of the first day. */
  start: number;
  /** Working days, at least 1. */
  days: number;
}

type Constraint = (from: PlannedSpan, to: PlannedSpan) => number;

/** The earliest start of `to` each link type allows. */
const CONSTRAINTS: Partial<Record<string, Constraint>> = {
  Blocks: (from) => from.start + from.days,
  'Gantt End to Start': (from) => from.start + from.days,
  'Gantt Start to Start': (from) => from.start,
  'Gantt End to End': (from, to) => from.start + from.days - to.days,
};

export function planItems(plan: ProjectPlan): PlanItem[] {
  return [...plan.epics.flatMap((epic) => epic.items), ...plan.loose];
}

export function scheduleItems(plans: readonly ProjectPlan[], rng: Prng): Map<string, PlannedSpan> {
  const spans = new Map<string, PlannedSpan>();
  for (const plan of plans) {
    for (const planned of planItems(plan)) {
      const jitter = planned.status ? 0 : rng.int(-1, 2);
      spans.set(planned.ref, { start: Math.max(0, planned.start + jitter), days: Math.max(1, planned.days + rng.int(-1, 1)) });
    }
  }
  const edges = plans.flatMap((plan) => plan.links).filter((link) => !link.unscheduled);
  for (let round = 0; round < spans.size; round += 1) {
    let changed = false;
    for (const link of edges) {
      const constraint = CONSTRAINTS[link.type];
      const from = spans.get(link.from);
      const to = spans.get(link.to);
      if (!constraint || !from || !to) continue;
      const earliest = constraint(from, to);
      if (to.start < earliest) {
        to.start = earliest;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return spans;
}
