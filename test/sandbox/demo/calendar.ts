/**
 * The demo's calendar: working days (Monday to Friday, no holidays) counted from the projects' start, and
 * the date formats Jira and Confluence use. All arithmetic is in UTC milliseconds; nothing reads the clock.
 */
const DAY_MS = 86_400_000;

export interface DemoCalendar {
  /** Midnight UTC of `today`. */
  readonly today: number;
  /** Midnight UTC of the first working day of the projects, about eight weeks before today. */
  readonly projectStart: number;
  /** Working days from projectStart to today (today's own index). */
  readonly todayIndex: number;
  /** Midnight UTC of the working day with this index (0 = projectStart). */
  workday(index: number): number;
}

export function isWeekend(ms: number): boolean {
  const day = new Date(ms).getUTCDay();
  return day === 0 || day === 6;
}

export function addDays(ms: number, days: number): number {
  return ms + days * DAY_MS;
}

/** Parses `YYYY-MM-DD`; throws on anything else, since every date in the demo derives from it. */
export function parseDay(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`today must be YYYY-MM-DD, got "${day}"`);
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (jiraDate(ms) !== day) throw new Error(`today is not a calendar date: "${day}"`);
  return ms;
}

export function demoCalendar(today: string): DemoCalendar {
  const todayMs = parseDay(today);
  let projectStart = addDays(todayMs, -56);
  while (isWeekend(projectStart)) projectStart = addDays(projectStart, 1);
  const workday = (index: number): number => {
    let ms = projectStart;
    let left = index;
    const step = left >= 0 ? 1 : -1;
    while (left !== 0) {
      ms = addDays(ms, step);
      if (!isWeekend(ms)) left -= step;
    }
    return ms;
  };
  let todayIndex = 0;
  while (workday(todayIndex + 1) <= todayMs) todayIndex += 1;
  return { today: todayMs, projectStart, todayIndex, workday };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `2026-11-16` */
export function jiraDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Jira's timestamp format: `2026-09-21T09:14:02.123+0000`. */
export function jiraDateTime(ms: number): string {
  const d = new Date(ms);
  return `${jiraDate(ms)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}+0000`;
}

/** Confluence v2 and Jira Software (sprints) use plain ISO 8601 with `Z`. */
export function isoDateTime(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * Jira's duration text with its default time-tracking settings (8-hour days, 5-day weeks), e.g.
 * `jiraDuration(37800)` is `"1d 2h 30m"` and `jiraDuration(0)` is `"0m"`.
 */
export function jiraDuration(seconds: number): string {
  let minutes = Math.round(seconds / 60);
  const parts: string[] = [];
  for (const [unit, size] of [['w', 2400], ['d', 480], ['h', 60], ['m', 1]] as const) {
    const count = Math.floor(minutes / size);
    minutes -= count * size;
    if (count > 0) parts.push(`${count}${unit}`);
  }
  return parts.length > 0 ? parts.join(' ') : '0m';
}

/** A time of day on the given midnight, in working hours: `hour` plus seeded minutes and seconds. */
export function atTime(midnight: number, hour: number, minuteOfHour: number, millis: number): number {
  return midnight + hour * 3_600_000 + minuteOfHour * 60_000 + millis;
}
