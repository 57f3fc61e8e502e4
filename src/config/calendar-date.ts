/**
 * Whether a YYYY-MM-DD text names a day that exists: 2026-02-28 does, 2026-02-30 and 2026-13-01 do not (a
 * holiday or a project start of 2026-02-30 would otherwise be saved, and then fail every view). Years before
 * 100 are refused too (Date.UTC reads them as 19xx); no plan is dated then.
 */
export function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === iso;
}
