/**
 * Worklogs (GET /rest/api/3/issue/{id}/worklog -> worklogs) for work that has started: spread over the
 * working days between the first move to In Progress and Done (or yesterday), never earlier than eight
 * weeks before today. Done work lands at 80-135% of its estimate, work under way in proportion to the
 * time elapsed; unestimated work still logs time, as people do.
 */
import { adfDoc, paragraph } from './adf';
import { jiraDateTime, jiraDuration, type DemoCalendar } from './calendar';
import type { Draft } from './draft';
import type { Prng } from './prng';
import { currentStatus } from './status-history';
import { demoUser, userRef } from './users';

const QUARTER_HOUR = 900;
const MAX_ENTRIES = 8;
const NOTES = ['Implementation', 'Review feedback', 'Pairing session', 'Testing on staging', 'Stakeholder call', 'Documentation', ''];

export type Worklog = Record<string, unknown> & { id: string; issueId: string; started: string; timeSpentSeconds: number };

function dayOf(calendar: DemoCalendar, ms: number): number {
  let index = 0;
  while (calendar.workday(index + 1) <= ms) index += 1;
  return index;
}

function totalSeconds(draft: Draft, firstDay: number, lastDay: number, rng: Prng): number {
  const span = draft.span ?? { start: firstDay, days: 1 };
  const budget = draft.estimateSeconds ?? span.days * 5 * 3600;
  const done = currentStatus(draft.history) === 'Done';
  const share = done ? 0.8 + rng.next() * 0.55 : Math.min(1.1, (lastDay - firstDay + 1) / span.days) * (0.6 + rng.next() * 0.5);
  return Math.max(2, Math.round((budget * share) / QUARTER_HOUR)) * QUARTER_HOUR;
}

export function worklogsOf(draft: Draft, calendar: DemoCalendar, rng: Prng, nextId: () => string, baseUrl: string): Worklog[] {
  const began = draft.history.transitions.find((transition) => transition.to === 'In Progress');
  const assignee = draft.assignee;
  if (!began || !assignee) return [];
  const finished = currentStatus(draft.history) === 'Done' ? draft.history.transitions.at(-1)?.at : undefined;
  // Day 0 is the first working day on or after eight weeks before today, so no worklog is older.
  const firstDay = Math.max(0, dayOf(calendar, began.at));
  let lastDay = finished === undefined ? calendar.todayIndex - 1 : dayOf(calendar, finished);
  // A deactivated person stopped logging when they left, whatever the issue's status says.
  if (!demoUser(assignee).active) lastDay = Math.min(lastDay, firstDay + (draft.span?.days ?? 1) - 1);
  if (lastDay < firstDay) return [];
  const available = lastDay - firstDay + 1;
  const count = Math.min(MAX_ENTRIES, available);
  const total = totalSeconds(draft, firstDay, lastDay, rng);
  const chunk = Math.max(QUARTER_HOUR, Math.floor(total / count / QUARTER_HOUR) * QUARTER_HOUR);
  const author = userRef(demoUser(assignee), baseUrl);
  const logs: Worklog[] = [];
  for (let index = 0; index < count; index += 1) {
    const day = firstDay + Math.floor((index * available) / count);
    const seconds = index === count - 1 ? Math.max(QUARTER_HOUR, total - chunk * (count - 1)) : chunk;
    const started = calendar.workday(day) + (8 + rng.int(0, 3)) * 3_600_000 + rng.int(0, 3) * QUARTER_HOUR * 1000;
    const created = started + Math.min(seconds, 6 * 3600) * 1000 + rng.int(60_000, 3_000_000);
    const id = nextId();
    const note = rng.pick(NOTES);
    logs.push({
      self: `${baseUrl}/rest/api/3/issue/${draft.id}/worklog/${id}`,
      author,
      updateAuthor: author,
      ...(note ? { comment: adfDoc([paragraph(note)]) } : {}),
      created: jiraDateTime(created),
      updated: jiraDateTime(created),
      started: jiraDateTime(started),
      timeSpent: jiraDuration(seconds),
      timeSpentSeconds: seconds,
      id,
      issueId: draft.id,
    });
  }
  return logs;
}
