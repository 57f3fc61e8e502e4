/**
 * Dates on published pages (#13 item 3): written in the publisher's locale through the one formatter, and said
 * so on the page. Expected strings are ECMA-402's (Node's ICU) for { day: 'numeric', month: 'short', year: 'numeric' }.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { datesNote, pageDate, withPageDates } from '../../../src/adapters/confluence/page-dates';
import { decisionLogBody } from '../../../src/adapters/confluence/decision-log-adf';
import { viewerFormat } from '../../../src/format/viewer-format';
import type { DecisionRecord } from '../../../src/domain/decisions/decision-record';

const de = viewerFormat({ locale: 'de-DE', timeZone: 'Europe/Berlin' });
const ja = viewerFormat({ locale: 'ja-JP', timeZone: 'Asia/Tokyo' });

describe('pageDate', () => {
  it.each([
    ['2026-12-04', de, '4. Dez. 2026'],
    ['2026-12-04', ja, '2026年12月4日'],
    ['2026-12-04T23:30:00.000+0100', de, '4. Dez. 2026'],
    ['not known', de, 'not known'],
    ['2026-02-30', ja, '2026-02-30'],
    ['2026-12-04 and more', de, '2026-12-04 and more'],
  ])('%s reads as in the case\'s locale: %#', (value, format, expected) => {
    expect(pageDate(value, format)).toBe(expected);
  });

  it('rewrites the ISO dates in Keel\'s own sentences, and names the locale and time zone', () => {
    expect(withPageDates('Late against the launch date 2027-01-11 (version 1.0\'s release date)', ja)).toBe('Late against the launch date 2027年1月11日 (version 1.0\'s release date)');
    expect(datesNote(de)).toBe('Dates are written in de-DE, for Europe/Berlin: the locale and time zone of the person who published this page.');
  });
});

describe('the published decision log', () => {
  const decision = { key: 'PAY-7', title: 'Use provider B', status: 'decided', statusName: 'Decided', owner: null, date: '2026-11-12', context: '', options: [], outcome: 'B', consequences: '', linkedKeys: [], supersedes: [], supersededBy: [] } as unknown as DecisionRecord;

  it.each([
    [de, '12. Nov. 2026'],
    [ja, '2026年11月12日'],
  ])('writes each decision\'s date in the publisher\'s locale (%#) and says which', (format, expected) => {
    const json = JSON.stringify(decisionLogBody({ decisions: [decision], findings: [] }, 'https://example.atlassian.net', [], format));
    expect(json).toContain(expected);
    expect(json).not.toContain('2026-11-12');
    expect(json).toContain(`Dates are written in ${format.locale}, for ${format.timeZone}`);
  });
});
