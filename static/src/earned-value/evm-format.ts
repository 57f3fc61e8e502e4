/**
 * How earned-value figures read on screen, in the viewer's locale (format/current-format.ts): money in the
 * settings' currency, ratios to two decimals, dates in the locale's words. Non-finite numbers never reach the
 * page: `null` (not defined) is the caller's to show as a dash.
 */

import { fmt } from '../format/current-format';

/** `formatMoney(-18166.67, 'USD')` is "-$18,167" in en-US, "-18.167 $" in de-DE. */
export function formatMoney(value: number, currency: string): string {
  return fmt().money(value, currency);
}

/** Axis labels: `formatMoneyCompact(120000, 'USD')` is "$120K" in en-US. */
export function formatMoneyCompact(value: number, currency: string): string {
  return fmt().moneyCompact(value, currency);
}

/** `formatRatio(0.8046)` is "0.80" in en-US, "0,80" in de-DE. */
export function formatRatio(value: number): string {
  return fmt().ratio(value);
}

/** `formatPercent(0.6382)` is "64%" in en-US, "64 %" in de-DE. */
export function formatPercent(value: number): string {
  return fmt().percent(value);
}

/** Milliseconds of an ISO date (`2026-11-27`) at midnight UTC. */
export function dateMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** `formatDate('2027-02-18')` is "Feb 18, 2027" in en-US, "18. Feb. 2027" in de-DE. */
export function formatDate(date: string): string {
  return fmt().date(date);
}

/** `formatShortDate(ms of 2026-10-05)` is "Oct 5" in en-US. */
export function formatShortDate(ms: number): string {
  return fmt().shortDate(ms);
}

/** Working days as weeks of five: `formatWorkingWeeks(10.4167)` is "2.1 weeks". */
export function formatWorkingWeeks(days: number): string {
  const weeks = Math.abs(days) / 5;
  return `${weeks.toFixed(1)} ${weeks.toFixed(1) === '1.0' ? 'week' : 'weeks'}`;
}
