/**
 * How earned-value figures read on screen: money in the settings' currency, ratios to two decimals, dates as
 * written. Non-finite numbers never reach the page: `null` (not defined) is the caller's to show as a dash.
 */

const moneyFormats = new Map<string, Intl.NumberFormat>();
const compactFormats = new Map<string, Intl.NumberFormat>();

function cached(cache: Map<string, Intl.NumberFormat>, currency: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const existing = cache.get(currency);
  if (existing) return existing;
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency, ...options });
  cache.set(currency, format);
  return format;
}

/** `formatMoney(-18166.67, 'USD')` is "-$18,167". */
export function formatMoney(value: number, currency: string): string {
  return cached(moneyFormats, currency, { maximumFractionDigits: 0 }).format(value);
}

/** Axis labels: `formatMoneyCompact(120000, 'USD')` is "$120K". */
export function formatMoneyCompact(value: number, currency: string): string {
  return cached(compactFormats, currency, { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(value);
}

/** `formatRatio(0.8046)` is "0.80". */
export function formatRatio(value: number): string {
  return value.toFixed(2);
}

/** `formatPercent(0.6382)` is "64%". */
export function formatPercent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const SHORT_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** Milliseconds of an ISO date (`2026-11-27`) at midnight UTC. */
export function dateMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** `formatDate('2027-02-18')` is "18 Feb 2027". */
export function formatDate(date: string): string {
  return DATE.format(dateMs(date));
}

/** `formatShortDate(ms of 2026-10-05)` is "5 Oct". */
export function formatShortDate(ms: number): string {
  return SHORT_DATE.format(ms);
}

/** Working days as weeks of five: `formatWorkingWeeks(10.4167)` is "2.1 weeks". */
export function formatWorkingWeeks(days: number): string {
  const weeks = Math.abs(days) / 5;
  return `${weeks.toFixed(1)} ${weeks.toFixed(1) === '1.0' ? 'week' : 'weeks'}`;
}
