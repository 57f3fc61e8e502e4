/**
 * Earned schedule (W. Lipke, "Schedule is Different", The Measurable News, March 2003; PMI, Practice Standard
 * for Earned Value Management, 2nd ed., 2011, appendix D): ES = C + (EV - PV_C) / (PV_C+1 - PV_C), C the last
 * whole period with PV_C <= EV; SPI(t) = ES / AT; SV(t) = ES - AT; IEAC(t) = PD / SPI(t). O(log P), P periods.
 */
import type { WorkingCalendar } from '../schedule/working-calendar';
import { definedRatio } from './evm-metrics';

export interface EarnedSchedule {
  /** Earned schedule, in periods: when the baseline planned to have earned today's EV. */
  es: number;
  /** Actual time, in periods, as given. */
  at: number;
  /** SV(t) = ES - AT: negative when late. */
  svt: number;
  /** SPI(t) = ES / AT; null when AT = 0 (no time has passed, no pace exists). */
  spit: number | null;
  /** Planned duration PD: the first period at whose end the cumulative PV reaches BAC. */
  plannedDuration: number;
  /** IEAC(t) = PD / SPI(t); null when SPI(t) is null or 0 (nothing earned yet: no finite forecast). */
  forecastDuration: number | null;
}

/**
 * `cumulativePv[i]` is the cumulative PV at the end of period i + 1 (PV_0 = 0 before the first period), never
 * decreasing; its last value is BAC. EV >= BAC means complete: ES = PD. EV = 0 (or below 0, or not a number,
 * which count as 0) gives ES = the number of leading periods with no PV: nothing was due, so nothing is late.
 * BAC <= 0 (nothing budgeted) gives PD = ES = 0.
 * Example (worked by hand): PV 100, 250, 450, 700, 900, 1000 by month; at AT = 5, EV = 600: C = 3,
 * ES = 3 + (600 - 450) / (700 - 450) = 3.6, SPI(t) = 0.72, SV(t) = -1.4, IEAC(t) = 6 / 0.72 = 8.33 months.
 */
export function earnedSchedule(cumulativePv: readonly number[], ev: number, at: number): EarnedSchedule {
  const pvAt = (period: number): number => (period === 0 ? 0 : (cumulativePv[period - 1] ?? 0));
  const bac = pvAt(cumulativePv.length);
  const plannedDuration = bac > 0 ? firstPeriodReaching(cumulativePv, bac) : 0;
  const earned = Number.isFinite(ev) && ev > 0 ? ev : 0;
  let es: number;
  if (earned >= bac) {
    es = plannedDuration;
  } else {
    const c = firstPeriodReaching(cumulativePv, earned, true) - 1; // the last period with PV_C <= EV
    es = c + (earned - pvAt(c)) / (pvAt(c + 1) - pvAt(c)); // PV_C+1 > EV >= PV_C: never 0 / 0
  }
  const spit = definedRatio(es, at);
  return {
    es,
    at,
    svt: es - at,
    spit,
    plannedDuration,
    forecastDuration: spit === null ? null : definedRatio(plannedDuration, spit),
  };
}

/** The first period p (1-based) with PV_p >= value (PV_p > value when `strictly`); P + 1 when none. */
function firstPeriodReaching(cumulativePv: readonly number[], value: number, strictly = false): number {
  let lo = 0;
  let hi = cumulativePv.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const pv = cumulativePv[mid] ?? 0;
    if (strictly ? pv > value : pv >= value) hi = mid;
    else lo = mid + 1;
  }
  return lo + 1;
}

/**
 * The working day on which a forecast of `forecastDuration` periods ends, counting from the calendar's start
 * (period 1 ends on working day 1). `workingDaysPerPeriod` is 1 for daily periods, 5 for weeks of a Monday to
 * Friday calendar. Null when there is no forecast. Example: Monday-Friday from Monday 2026-01-05, weekly
 * periods, IEAC(t) = 2.2 weeks = 11 working days: finish Monday 2026-01-19.
 */
export function forecastFinishDate(calendar: WorkingCalendar, forecastDuration: number | null, workingDaysPerPeriod = 1): string | null {
  if (forecastDuration === null || !Number.isFinite(forecastDuration)) return null;
  // Rounded first so that 2.2 x 5 = 11.000000000000002 stays 11 days, not 12.
  const days = Math.ceil(Math.round(forecastDuration * workingDaysPerPeriod * 1e9) / 1e9);
  return calendar.dateOf(Math.max(1, days) - 1);
}
