/**
 * How the viewer reads numbers, money and dates: their Jira or Confluence locale and time zone from the Forge
 * context. Calendar dates (`2026-11-16`) are days, not instants, so they are written as given whatever the time
 * zone; instants (`computedAt`) and "today" are read in the viewer's time zone.
 * @example viewerFormat({ locale: 'de-DE', timeZone: 'Europe/Berlin' }).money(-18166.67, 'EUR') // "-18.167 €"
 * @example viewerFormat({ locale: 'ja-JP', timeZone: 'Asia/Tokyo' }).today(new Date('2026-11-16T16:00:00Z')) // "2026-11-17"
 */
export interface ViewerFormatOptions {
  locale?: string | undefined;
  timeZone?: string | undefined;
}

export interface ViewerFormat {
  locale: string;
  timeZone: string;
  number: (value: number, maximumFractionDigits?: number) => string;
  money: (value: number, currency: string) => string;
  moneyCompact: (value: number, currency: string) => string;
  percent: (ratio: number) => string;
  /** Two decimals: 0.8046 → "0.80" (en-US), "0,80" (de-DE). */
  ratio: (value: number) => string;
  /** A calendar date, `2027-02-18` → "Feb 18, 2027" (en-US), "18.02.2027" (de-DE), "2027/02/18" (ja-JP). */
  date: (isoDate: string) => string;
  /** Day and month of a UTC midnight, for chart axes. */
  shortDate: (ms: number) => string;
  monthYear: (ms: number) => string;
  dayOfMonth: (ms: number) => string;
  /** An instant in the viewer's time zone, date and time. */
  dateTime: (isoInstant: string) => string;
  /** The viewer's own date at `now`, as an ISO date. */
  today: (now: Date) => string;
}

const FALLBACK_LOCALE = 'en-US';

/** Jira sends `en_US`-style locales on some surfaces; Intl wants `en-US`. An unknown one falls back to en-US. */
export function supportedLocale(locale: string | undefined): string {
  if (!locale) return FALLBACK_LOCALE;
  try {
    return Intl.getCanonicalLocales(locale.replace(/_/g, '-'))[0] ?? FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}

export function supportedTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** The formatter kept under `key`, made by `make` the first time. */
function made<T>(kept: Map<string, T>, key: string, make: () => T): T {
  const known = kept.get(key);
  if (known !== undefined) return known;
  const fresh = make();
  kept.set(key, fresh);
  return fresh;
}

const dateMs = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`);

export function viewerFormat(options: ViewerFormatOptions = {}): ViewerFormat {
  const locale = supportedLocale(options.locale);
  const timeZone = supportedTimeZone(options.timeZone);
  // Each format made when first used: a formatter costs a few ms to make, and a page starts (and sets the
  // viewer's format, static/src/format/current-format.ts) long before it writes its first date.
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  const numberFormat = (key: string, make: () => Intl.NumberFormat) => made(numberFormats, key, make);
  const dateFormat = (key: string, make: () => Intl.DateTimeFormat) => made(dateFormats, key, make);
  const utc = (key: string, opts: Intl.DateTimeFormatOptions) => dateFormat(key, () => new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' }));
  const date = () => utc('date', { day: 'numeric', month: 'short', year: 'numeric' });
  const short = () => utc('short', { day: 'numeric', month: 'short' });
  const month = () => utc('month', { month: 'short', year: 'numeric' });
  const day = () => utc('day', { day: 'numeric' });
  const instant = () => dateFormat('instant', () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }));
  const isoDay = () => dateFormat('isoDay', () => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }));
  return {
    locale,
    timeZone,
    number: (value, digits = 0) => numberFormat(`n${digits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: digits })).format(value),
    money: (value, currency) =>
      numberFormat(`m${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 })).format(value),
    moneyCompact: (value, currency) =>
      numberFormat(`c${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 })).format(value),
    ratio: (value) => numberFormat('r', () => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })).format(value),
    percent: (ratio) => numberFormat('p', () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })).format(ratio),
    date: (isoDate) => date().format(dateMs(isoDate)),
    shortDate: (ms) => short().format(ms),
    monthYear: (ms) => month().format(ms),
    dayOfMonth: (ms) => day().format(ms),
    dateTime: (isoInstant) => instant().format(Date.parse(isoInstant)),
    today: (now) => isoDay().format(now),
  };
}
