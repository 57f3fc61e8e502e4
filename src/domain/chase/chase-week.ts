/**
 * "This week" for the chase list: the status date and the six calendar days after it, a rolling week, so a
 * status date on a Friday still sees what falls due by the next Thursday. Pure ISO-date arithmetic in UTC.
 * Example: status date 2026-12-04 (Fri) -> week end 2026-12-10 (Thu).
 */
const DAY_MS = 86_400_000;

export function chaseWeekEnd(asOf: string): string {
  return new Date(Date.parse(`${asOf}T00:00:00Z`) + 6 * DAY_MS).toISOString().slice(0, 10);
}
