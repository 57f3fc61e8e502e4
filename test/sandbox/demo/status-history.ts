/**
 * Status histories that agree with the plan and with today: work that ended before today is mostly Done,
 * work under way is In Progress, In Review or Blocked, future work is To Do. Each transition carries its
 * moment, so the changelog, `statuscategorychangedate` and `resolutiondate` all derive from one list.
 */
import { atTime, type DemoCalendar } from './calendar';
import type { Prng } from './prng';
import type { PlannedSpan } from './schedule';
import type { StatusName } from './workflow';

export interface Transition {
  at: number;
  from: StatusName;
  to: StatusName;
}

export interface History {
  initial: StatusName;
  transitions: Transition[];
}

export function currentStatus(history: History): StatusName {
  return history.transitions.at(-1)?.to ?? history.initial;
}

/** A seeded moment on working day `index`, between `fromHour` and `toHour` (inclusive) UTC. */
export function momentOn(calendar: DemoCalendar, rng: Prng, index: number, fromHour: number, toHour: number): number {
  return atTime(calendar.workday(index), rng.int(fromHour, toHour), rng.int(0, 59), rng.int(0, 59_999));
}

function chain(initial: StatusName, steps: ReadonlyArray<[StatusName, number]>): History {
  const transitions: Transition[] = [];
  let from = initial;
  for (const [to, at] of steps) {
    transitions.push({ at, from, to });
    from = to;
  }
  return { initial, transitions };
}

export interface WorkHistoryOptions {
  /** Sub-tasks of a finished story are all finished, a little before the story. */
  mustBeDone?: boolean;
  /** A status the plan fixes (stale work of a deactivated user). */
  forced?: StatusName;
  doneHours?: readonly [number, number];
  /** Share of work past its planned finish that is still open (default 0.15). */
  lateShare?: number;
}

export function workHistory(span: PlannedSpan, calendar: DemoCalendar, rng: Prng, options: WorkHistoryOptions = {}): History {
  const today = calendar.todayIndex;
  const end = span.start + span.days;
  const [doneFrom, doneTo] = options.doneHours ?? [15, 17];
  // A forced status may sit on planned dates that have not come yet: pull them back to yesterday.
  const doneDay = Math.min(end - 1, today - 1);
  const startDay = Math.min(span.start, doneDay);
  // Same-day transitions keep their order: started 08-09h, review 10-11h, done from 12h.
  const started = (): number => momentOn(calendar, rng, startDay, 8, 9);
  if (options.forced === 'In Progress') return chain('To Do', [['In Progress', started()]]);
  if (options.forced === 'Done' || options.mustBeDone || (end <= today && rng.chance(1 - (options.lateShare ?? 0.15)))) {
    const steps: Array<[StatusName, number]> = [['In Progress', started()]];
    if (rng.chance(0.5)) steps.push(['In Review', momentOn(calendar, rng, doneDay, 10, 11)]);
    steps.push(['Done', momentOn(calendar, rng, doneDay, doneFrom, doneTo)]);
    return chain('To Do', steps);
  }
  if (span.start >= today) return chain('To Do', []);
  const steps: Array<[StatusName, number]> = [['In Progress', started()]];
  const reviewDay = span.start + Math.ceil(span.days * 0.6);
  if (reviewDay < today && rng.chance(0.45)) steps.push(['In Review', momentOn(calendar, rng, reviewDay, 11, 16)]);
  else if (rng.chance(0.12)) steps.push(['Blocked', momentOn(calendar, rng, Math.max(span.start, today - 1), 11, 16)]);
  return chain('To Do', steps);
}

/** Open -> Mitigating -> Closed, moving on only as far as the plan's status. */
export function riskHistory(status: 'Open' | 'Mitigating' | 'Closed', raisedDay: number, calendar: DemoCalendar, rng: Prng): History {
  const last = calendar.todayIndex - 1;
  const steps: Array<[StatusName, number]> = [];
  if (status !== 'Open') steps.push(['Mitigating', momentOn(calendar, rng, Math.min(raisedDay + rng.int(1, 4), last), 9, 12)]);
  if (status === 'Closed') steps.push(['Closed', momentOn(calendar, rng, Math.min(raisedDay + rng.int(8, 14), last), 13, 17)]);
  return chain('Open', steps);
}

/** Proposed -> Decided (-> Superseded), or Proposed -> Rejected. */
export function decisionHistory(
  status: 'Proposed' | 'Decided' | 'Superseded' | 'Rejected',
  decidedDay: number,
  supersededDay: number | undefined,
  calendar: DemoCalendar,
  rng: Prng,
): History {
  const last = calendar.todayIndex - 1;
  const decided = momentOn(calendar, rng, Math.min(decidedDay, last), 10, 12);
  switch (status) {
    case 'Proposed':
      return chain('Proposed', []);
    case 'Decided':
      return chain('Proposed', [['Decided', decided]]);
    case 'Rejected':
      return chain('Proposed', [['Rejected', decided]]);
    case 'Superseded':
      return chain('Proposed', [['Decided', decided], ['Superseded', momentOn(calendar, rng, Math.min(supersededDay ?? decidedDay + 5, last), 14, 16)]]);
  }
}
