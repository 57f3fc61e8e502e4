/**
 * Dates on a published Confluence page (issue #13, item 3). A page is read by many people with many locales, and
 * Confluence renders Keel's text as written, so one reader's locale cannot be used: the page is written in the
 * publisher's locale and time zone (the Forge context of the person who clicks Publish, through the one
 * formatter, src/format/viewer-format.ts) and says so in a line of its own, so a reader elsewhere knows how to
 * read "04.12.2026" or "2026/12/04". Titles keep ISO dates: they name the page and sort.
 */
import type { ViewerFormat } from '../../format/viewer-format';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * A calendar date, or an instant's date part, as the page writes dates; anything else as given.
 * Examples: "2026-12-04" -> "4 Dec 2026" (en-GB), "04.12.2026" (de-DE), "2026/12/04" (ja-JP); "not known" -> "not known".
 */
export function pageDate(value: string, format: ViewerFormat): string {
  const day = ISO_DAY.exec(value)?.[0];
  if (day === undefined || value.length > 10 && value[10] !== 'T') return value;
  const ms = Date.parse(`${day}T00:00:00Z`);
  // Date.parse rolls 2026-02-30 over into March: only a date that reads back the same is one.
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day ? value : format.date(day);
}

/**
 * Keel's own sentences (the verdict's headline and reasons) with each ISO date in them written as the page's.
 * Example: "Late against the launch date 2027-01-11" -> "Late against the launch date 11.01.2027" (de-DE).
 */
export function withPageDates(sentence: string, format: ViewerFormat): string {
  return sentence.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => pageDate(iso, format));
}

/** The line that says how the page writes dates. Example: "Dates are written in de-DE, for Europe/Berlin: …". */
export function datesNote(format: ViewerFormat): string {
  return `Dates are written in ${format.locale}, for ${format.timeZone}: the locale and time zone of the person who published this page.`;
}
