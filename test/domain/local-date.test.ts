/**
 * The status date is the viewer's own date (issue #13, item 3): ECMA-402 time zone data as Node's ICU carries
 * it. Sydney is UTC+11 in November (AEDT), Tokyo UTC+9 all year, Los Angeles UTC-8 in November (PST).
 */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { localDate } from '../../src/domain/local-date';
import { storedDateOutdated } from '../../src/use-cases/stored-date-outdated';

describe('localDate', () => {
  it.each([
    // 01:00 local time east of UTC: the UTC date is still the day before.
    { instant: '2026-11-15T14:00:00.000Z', timeZone: 'Australia/Sydney', date: '2026-11-16' },
    { instant: '2026-11-15T16:00:00.000Z', timeZone: 'Asia/Tokyo', date: '2026-11-16' },
    { instant: '2026-11-15T23:59:59.000Z', timeZone: 'Europe/Berlin', date: '2026-11-16' },
    { instant: '2026-11-16T03:00:00.000Z', timeZone: 'America/Los_Angeles', date: '2026-11-15' },
    { instant: '2026-11-15T14:00:00.000Z', timeZone: 'UTC', date: '2026-11-15' },
    // No time zone, or one ICU does not know: the UTC date, never an exception or "NaN-NaN".
    { instant: '2026-11-15T14:00:00.000Z', timeZone: undefined, date: '2026-11-15' },
    { instant: '2026-11-15T14:00:00.000Z', timeZone: 'Mars/Olympus', date: '2026-11-15' },
  ])('$instant in $timeZone is $date', ({ instant, timeZone, date }) => {
    expect(localDate(instant, timeZone)).toBe(date);
  });
});

describe('a stored analysis for a viewer east of UTC', () => {
  it('is not outdated while the background could only store the same UTC date again', () => {
    expect(storedDateOutdated('2026-11-15', '2026-11-16', '2026-11-15')).toBe(false);
    expect(storedDateOutdated('2026-11-15', '2026-11-16', '2026-11-16')).toBe(true);
    // West of UTC the viewer is a day behind a fresh analysis: it is the newest there is.
    expect(storedDateOutdated('2026-11-16', '2026-11-15', '2026-11-16')).toBe(false);
    expect(storedDateOutdated('2026-11-14', '2026-11-14', '2026-11-15')).toBe(false);
  });
});
