/**
 * ISO dates (YYYY-MM-DD) as whole days since 1970-01-01 and back, by proleptic Gregorian arithmetic
 * (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms": days_from_civil / civil_from_days). O(1),
 * no Date objects, no time zones. Example: epochDay('1970-01-05') = 4, isoDate(4) = '1970-01-05', a Monday.
 */
import { AppError } from '../../app-error';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function epochDay(iso: string): number {
  const m = ISO.exec(iso);
  const y0 = Number(m?.[1]);
  const mo = Number(m?.[2]);
  const d = Number(m?.[3]);
  if (!m || mo < 1 || mo > 12 || d < 1 || d > 31) throw notADate(iso);
  const y = mo <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const day = era * 146097 + doe - 719468;
  if (isoDate(day) !== iso) throw notADate(iso); // 2025-02-30 and the like
  return day;
}

function notADate(iso: string): AppError {
  return new AppError('INVALID_SETTINGS', `"${iso}" is not a calendar date in the form YYYY-MM-DD.`);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function isoDate(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const mo = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (mo <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
}

/** ISO weekday, Monday = 1 … Sunday = 7 (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7 + 1;
}
