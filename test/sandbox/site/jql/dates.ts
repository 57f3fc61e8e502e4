/**
 * Dates in JQL: absolute ("2026-01-31", "2026/01/31", "2026-01-31 10:00") and relative to now ("-7d", "2w",
 * "-4h", "30m"; units y M w d h m). The sandbox's site timezone is UTC. Examples, with now = 2026-02-10T00:00Z:
 * "2026-01-31" -> 2026-01-31T00:00Z; "-7d" -> 2026-02-03T00:00Z; "1w" -> 2026-02-17T00:00Z.
 */

const unitMs: Record<string, number> = { w: 7 * 86_400_000, d: 86_400_000, h: 3_600_000, m: 60_000 };

/** Milliseconds since the epoch for a JQL date value, undefined when it is not a date. */
export function jqlDateValue(value: string, now: Date): number | undefined {
  const absolute = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(value.trim());
  if (absolute) {
    const [, y, mo, d, h, mi] = absolute;
    return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0));
  }
  const relative = /^([+-]?)(\d+)([yMwdhm])$/.exec(value.trim());
  if (!relative) return undefined;
  const [, sign, amount, unit] = relative;
  const n = Number(amount) * (sign === '-' ? -1 : 1);
  if (unit === 'y' || unit === 'M') {
    const date = new Date(now.getTime());
    if (unit === 'y') date.setUTCFullYear(date.getUTCFullYear() + n);
    else date.setUTCMonth(date.getUTCMonth() + n);
    return date.getTime();
  }
  return now.getTime() + n * (unitMs[unit ?? 'd'] ?? 0);
}

/** A Jira date or datetime as stored on an issue ("2026-01-31", "2026-01-31T10:00:00.000+0000"). */
export function jiraDateValue(value: unknown): number | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const normalised = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(normalised);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Jira's datetime format: 2026-01-31T10:00:00.000+0000. */
export function jiraDateTime(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}
