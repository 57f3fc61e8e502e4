/**
 * The viewer's formatter (issue #13, locale and time zone): numbers, money, ratios and dates in en-US, de-DE
 * and ja-JP as the ECMA-402 data of Node's ICU writes them, and "today" in a time zone east of UTC at 01:00
 * local time, when the UTC date is still the day before.
 */
import { describe, it, jest } from '@jest/globals';
import { expect } from '../../expect';
import { fmt, setViewerFormat } from '../../../static/src/format/current-format';
import { supportedLocale, viewerFormat } from '../../../src/format/viewer-format';
import { formatMoney, formatRatio } from '../../../static/src/earned-value/evm-format';

// Intl writes a narrow no-break space (U+202F) or a no-break space (U+00A0) where these examples show a space.
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe.each([
  { locale: 'en-US', number: '1,234,567', money: '-$18,167', ratio: '0.80', percent: '64%', date: 'Feb 18, 2027' },
  { locale: 'de-DE', number: '1.234.567', money: '-18.167 $', ratio: '0,80', percent: '64 %', date: '18. Feb. 2027' },
  { locale: 'ja-JP', number: '1,234,567', money: '-$18,167', ratio: '0.80', percent: '64%', date: '2027年2月18日' },
])('in $locale', ({ locale, number, money, ratio, percent, date }) => {
  const f = viewerFormat({ locale, timeZone: 'UTC' });
  it('writes numbers, money in the settings\' currency, ratios and percentages', () => {
    expect([f.number(1234567), spaces(f.money(-18166.67, 'USD')), f.ratio(0.8046), spaces(f.percent(0.6382))]).toEqual([number, money, ratio, percent]);
  });
  it('writes a calendar date as that day', () => {
    expect(f.date('2027-02-18')).toBe(date);
  });
});

describe('the viewer\'s time zone', () => {
  // 2026-11-16T16:00Z is 01:00 on 17 November in Tokyo (UTC+9) and 03:00 in Sydney (UTC+11, daylight time).
  const utcAfternoon = new Date('2026-11-16T16:00:00Z');
  it('makes "today" the local date east of UTC at 01:00, while UTC is still on the day before', () => {
    expect(viewerFormat({ locale: 'ja-JP', timeZone: 'Asia/Tokyo' }).today(utcAfternoon)).toBe('2026-11-17');
    expect(viewerFormat({ locale: 'en-AU', timeZone: 'Australia/Sydney' }).today(utcAfternoon)).toBe('2026-11-17');
    expect(viewerFormat({ locale: 'en-US', timeZone: 'UTC' }).today(utcAfternoon)).toBe('2026-11-16');
  });
  it('writes an instant in the viewer\'s zone, and a calendar date as the same day in every zone', () => {
    const tokyo = viewerFormat({ locale: 'en-US', timeZone: 'Asia/Tokyo' });
    expect(spaces(tokyo.dateTime('2026-11-16T16:00:00Z'))).toBe('Nov 17, 2026, 1:00 AM');
    expect(tokyo.date('2026-11-16')).toBe('Nov 16, 2026');
  });
});

describe('locales and zones Keel cannot use', () => {
  it('fall back to en-US and UTC, and Jira\'s en_US form is read', () => {
    expect(supportedLocale('de_DE')).toBe('de-DE');
    expect(supportedLocale('not a locale!')).toBe('en-US');
    expect(viewerFormat({ timeZone: 'Mars/Olympus' }).timeZone).toBe('UTC');
  });
});

describe('the one formatter every view uses', () => {
  it('follows the Forge context once set', () => {
    setViewerFormat({ locale: 'de-DE', timeZone: 'Europe/Berlin' });
    try {
      expect([spaces(formatMoney(1500, 'EUR')), formatRatio(1.5)]).toEqual(['1.500 €', '1,50']);
    } finally {
      setViewerFormat({});
    }
    expect(fmt().locale).toBe('en-US');
  });
});

describe('a formatter made when a page starts (issue #11)', () => {
  it('makes no date format until one is used: setting the viewer\'s format is on the way to the first answers', () => {
    const made = jest.spyOn(Intl, 'DateTimeFormat');
    try {
      const format = viewerFormat({ locale: 'de-DE', timeZone: 'Europe/Berlin' });
      // One, to check the zone is one Intl knows (supportedTimeZone).
      expect(made.mock.calls.length, 'date formats made by viewerFormat').toBe(1);
      expect(format.date('2027-02-18')).toBe('18. Feb. 2027');
      expect(format.date('2027-02-19')).toBe('19. Feb. 2027');
      expect(made.mock.calls.length, 'date formats made once the first date is written, twice').toBe(2);
    } finally {
      made.mockRestore();
    }
  });
});
