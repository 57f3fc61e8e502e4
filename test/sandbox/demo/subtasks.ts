/**
 * Sub-tasks, estimates and epic roll-ups. Sub-tasks fill each project up to a seeded issue count inside the
 * plan's range; they split their parent's dates and are finished when it is. Estimates: stories carry story
 * points, hours sit on the leaves (sub-tasks, or the item itself when it has none); about one work item in
 * ten has no estimate at all, as on real sites.
 */
import type { DemoCalendar } from './calendar';
import { isWork, type Draft } from './draft';
import type { Prng } from './prng';
import type { ProjectPlan } from './plan-types';
import { currentStatus, momentOn, workHistory, type History } from './status-history';

const HOUR = 3600;
const MAX_SUBTASKS = 4;

export function addSubtasks(plans: readonly ProjectPlan[], drafts: Draft[], calendar: DemoCalendar, rng: Prng): void {
  for (const plan of plans) {
    const own = drafts.filter((draft) => draft.project === plan.key);
    const target = rng.int(plan.issueCount[0], plan.issueCount[1]) - own.length;
    const parents = rng.shuffle(own.filter((draft) => (draft.type === 'Story' || draft.type === 'Task') && (draft.span?.days ?? 0) >= 2 && !draft.movedFrom));
    const counts = new Map<Draft, number>();
    for (let added = 0, round = 0; added < target && round < MAX_SUBTASKS; round += 1) {
      for (const parent of parents) {
        if (added >= target) break;
        if (round > 0 && rng.chance(0.3)) continue;
        counts.set(parent, (counts.get(parent) ?? 0) + 1);
        added += 1;
      }
    }
    for (const [parent, count] of counts) drafts.push(...subtasksOf(plan, parent, count, calendar, rng));
  }
}

function subtasksOf(plan: ProjectPlan, parent: Draft, count: number, calendar: DemoCalendar, rng: Prng): Draft[] {
  const span = parent.span ?? { start: 0, days: 1 };
  const pool = rng.shuffle(plan.subtaskPool[parent.component ?? 'default'] ?? plan.subtaskPool.default ?? []);
  const parentDone = currentStatus(parent.history) === 'Done';
  const lastDay = calendar.todayIndex - 1;
  return Array.from({ length: count }, (_, index): Draft => {
    const start = span.start + Math.floor((index * span.days) / count);
    const days = Math.max(1, Math.floor(span.days / count));
    const subSpan = { start, days };
    const history: History = workHistory(subSpan, calendar, rng, parentDone ? { mustBeDone: true, doneHours: [12, 14] } : {});
    const createdDay = Math.min(Math.max(start - rng.int(1, 3), parent.createdDay), lastDay);
    return {
      ref: `${parent.ref}/sub-${index + 1}`,
      project: parent.project,
      type: 'Sub-task',
      summary: pool[index % Math.max(1, pool.length)] ?? 'Follow-up',
      parentRef: parent.ref,
      assignee: parent.assignee === 'daniel' ? 'ruth' : parent.assignee,
      reporter: parent.assignee ?? parent.reporter,
      labels: [],
      priority: parent.priority,
      span: subSpan,
      estimateSeconds: null,
      points: null,
      cost: null,
      history,
      createdDay,
      created: Math.max(momentOn(calendar, rng, createdDay, 9, 16), parent.created + 20 * 60_000),
      id: '',
      key: '',
      ...(parent.component ? { component: parent.component } : {}),
    };
  });
}

/** Hours on leaves, story points on stories, and about 10% of work left unestimated. */
export function estimate(drafts: readonly Draft[], rng: Prng): void {
  const parents = new Set(drafts.map((draft) => draft.parentRef));
  const work = drafts.filter(isWork);
  for (const draft of work) {
    const days = draft.span?.days ?? 1;
    if (draft.type === 'Sub-task' || !parents.has(draft.ref)) draft.estimateSeconds = days * rng.int(4, 7) * HOUR;
    if (draft.type === 'Sub-task') draft.points = null;
  }
  // Work nobody has estimated yet is open work: what is done was estimated when it was planned.
  const unestimated = rng.shuffle(work.filter((draft) => !draft.movedFrom && currentStatus(draft.history) !== 'Done')).slice(0, Math.round(work.length / 10));
  for (const draft of unestimated) {
    draft.estimateSeconds = null;
    draft.points = null;
  }
}

/** An epic spans its children, starts when the first child starts and is Done when all are. */
export function rollUpEpics(drafts: readonly Draft[]): void {
  for (const epic of drafts.filter((draft) => draft.type === 'Epic')) {
    const children = drafts.filter((draft) => draft.parentRef === epic.ref);
    const spans = children.flatMap((child) => (child.span ? [child.span] : []));
    if (spans.length === 0) continue;
    const start = Math.min(...spans.map((span) => span.start));
    const end = Math.max(...spans.map((span) => span.start + span.days));
    epic.span = { start, days: end - start };
    const moments = children.flatMap((child) => child.history.transitions.map((transition) => transition.at));
    if (moments.length === 0) continue;
    const allDone = children.every((child) => currentStatus(child.history) === 'Done');
    const begun = { at: Math.min(...moments), from: 'To Do' as const, to: 'In Progress' as const };
    epic.history = {
      initial: 'To Do',
      transitions: allDone ? [begun, { at: Math.max(...moments) + 30 * 60_000, from: 'In Progress', to: 'Done' }] : [begun],
    };
  }
}
