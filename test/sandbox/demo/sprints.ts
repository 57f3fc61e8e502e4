/**
 * Two-week sprints (ten working days from the projects' start) of each scrum board, and the Sprint field
 * value of an issue: every sprint it was worked in, or the next sprint when it is planned there; work
 * further out stays in the backlog (null).
 */
import { atTime, isoDateTime, type DemoCalendar } from './calendar';
import type { Draft } from './draft';
import { PROJECT_KEYS } from './projects';
import { currentStatus } from './status-history';

const SPRINT_DAYS = 10;

function sprintIndexOf(day: number): number {
  return Math.floor(Math.max(0, day) / SPRINT_DAYS);
}

function dayOfMoment(calendar: DemoCalendar, ms: number): number {
  let index = 0;
  while (calendar.workday(index + 1) <= ms) index += 1;
  return index;
}

export function sprintValue(draft: Draft, calendar: DemoCalendar): Array<Record<string, unknown>> | null {
  if (!draft.span || draft.project === 'SEC' || !['Story', 'Task', 'Bug'].includes(draft.type)) return null;
  const current = sprintIndexOf(calendar.todayIndex);
  const first = sprintIndexOf(draft.span.start);
  const status = currentStatus(draft.history);
  const doneAt = status === 'Done' ? draft.history.transitions.at(-1)?.at : undefined;
  const last = doneAt === undefined ? (draft.history.transitions.length > 0 ? current : first) : sprintIndexOf(dayOfMoment(calendar, doneAt));
  if (first > current + 1) return null;
  const boardId = PROJECT_KEYS.indexOf(draft.project) + 1;
  const sprints: Array<Record<string, unknown>> = [];
  for (let index = Math.min(first, last); index <= Math.max(first, last); index += 1) {
    const startMs = atTime(calendar.workday(index * SPRINT_DAYS), 9, 0, 0);
    const endMs = atTime(calendar.workday(index * SPRINT_DAYS + SPRINT_DAYS - 1), 17, 0, 0);
    const state = index < current ? 'closed' : index === current ? 'active' : 'future';
    sprints.push({
      id: boardId * 100 + index + 1,
      name: `${draft.project} Sprint ${index + 1}`,
      state,
      boardId,
      goal: '',
      ...(state === 'future' ? {} : { startDate: isoDateTime(startMs), endDate: isoDateTime(endMs) }),
      ...(state === 'closed' ? { completeDate: isoDateTime(endMs + 25 * 60_000) } : {}),
    });
  }
  return sprints;
}
