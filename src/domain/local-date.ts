/**
 * The calendar date an instant falls on for a viewer: the status date ("today") of an analysis is the viewer's
 * own date, not the UTC one (Sydney's Monday 01:00 is still Sunday in UTC). Computed with ECMA-402's time zone
 * data; an unknown or missing time zone reads as UTC.
 * @example localDate('2026-11-15T14:00:00Z', 'Australia/Sydney') // "2026-11-16" (01:00 AEDT)
 * @example localDate('2026-11-16T03:00:00Z', 'America/Los_Angeles') // "2026-11-15"
 */
export function localDate(instant: string, timeZone: string | undefined): string {
  const when = new Date(instant);
  const utc = instant.slice(0, 10);
  if (!timeZone || timeZone === 'UTC' || Number.isNaN(when.getTime())) return utc;
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(when);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
  } catch {
    return utc;
  }
}
