/**
 * Whether an analysis stored in the background (on the UTC date it ran) is out of date for a viewer whose
 * status date is `viewerDate`. Recomputing helps only once the background's own date has moved past the stored
 * one: a viewer east of UTC at 01:00 is a day ahead of any analysis the background can store before UTC midnight,
 * and asking again would store the same date again (and queue again at every view).
 * @example storedDateOutdated('2026-11-15', '2026-11-16', '2026-11-15') // false: UTC is still on the 15th
 * @example storedDateOutdated('2026-11-15', '2026-11-16', '2026-11-16') // true
 */
export function storedDateOutdated(storedDate: string, viewerDate: string, utcDate: string): boolean {
  return storedDate !== viewerDate && storedDate < utcDate;
}
