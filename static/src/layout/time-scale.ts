/**
 * Maps calendar dates to working-day offsets from the project start, for the date axis and the "today" marker.
 * Counts Monday to Friday, re-anchored at every (offset, date) pair the schedule gives (each issue's start), so
 * holidays the back end's calendar skipped do not shift the axis. O(days spanned + anchors).
 */

export interface Anchor {
  /** Working-day offset from the project start. */
  offset: number;
  /** ISO date (YYYY-MM-DD) of that working day. */
  date: string;
}

export interface Tick {
  offset: number;
  date: string;
  kind: 'month' | 'week';
}

const DAY_MS = 86_400_000;
const toDay = (iso: string): number => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
const toIso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const isWeekday = (day: number): boolean => {
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6;
};

/**
 * Month starts and Mondays between offsets `from` and `to`, each at the offset of its first working day.
 * Example: project start Mon 2026-11-02 → the tick for 2026-12-01 (a Tuesday) is at offset 21.
 */
export function timeTicks(projectStart: string, anchors: readonly Anchor[], from: number, to: number): Tick[] {
  const ticks: Tick[] = [];
  walk(projectStart, anchors, from, to, (day, offset) => {
    const date = toIso(day);
    if (date.endsWith('-01')) ticks.push({ offset, date, kind: 'month' });
    else if (new Date(day * DAY_MS).getUTCDay() === 1) ticks.push({ offset, date, kind: 'week' });
  });
  return ticks;
}

/** The working-day offset of `date` (the next working day's when it falls on a weekend); null when unparseable. */
export function offsetOfDate(projectStart: string, anchors: readonly Anchor[], date: string): number | null {
  const target = toDay(date);
  const start = toDay(projectStart);
  if (Number.isNaN(target) || Number.isNaN(start)) return null;
  if (target < start) {
    let offset = 0;
    for (let day = start - 1; day >= target; day -= 1) if (isWeekday(day)) offset -= 1;
    return offset;
  }
  let found: number | null = null;
  walk(projectStart, anchors, 0, Infinity, (day, offset) => {
    if (day === target) found = offset;
    return day >= target;
  });
  return found;
}

/** Calls `visit` for each calendar day from the project start while its offset is <= `to`, until it answers true. */
function walk(projectStart: string, anchors: readonly Anchor[], from: number, to: number, visit: (day: number, offset: number) => boolean | void): void {
  const start = toDay(projectStart);
  if (Number.isNaN(start)) return;
  const anchorAt = new Map<number, number>();
  for (const a of anchors) {
    const day = toDay(a.date);
    if (!Number.isNaN(day)) anchorAt.set(day, a.offset);
  }
  let offset = 0;
  // Guard: never walk more than 50 years of days, whatever the input.
  for (let day = start; day < start + 18_300; day += 1) {
    const anchored = anchorAt.get(day);
    if (anchored !== undefined) offset = anchored;
    if (offset > to) return;
    if (offset >= from && visit(day, offset) === true) return;
    if (isWeekday(day) || anchored !== undefined) offset += 1;
  }
}
