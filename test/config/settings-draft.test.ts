/** Every problem of a settings draft at once, each with the path of its form field and its message. */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { defaultSettings } from '../../src/config/settings';
import { settingsFromDraft } from '../../src/config/settings-draft';

const messages = (raw: unknown) => Object.fromEntries(settingsFromDraft(raw).problems.map((p) => [p.path, p.message]));

describe('settingsFromDraft', () => {
  it('accepts the defaults and a version 1 file', () => {
    expect(settingsFromDraft(defaultSettings)).toEqual({ settings: defaultSettings, problems: [] });
    expect(settingsFromDraft({ version: 1 }).settings?.version).toBe(2);
  });

  it('names every invalid field at once, with the message the form shows next to it', () => {
    const draft = {
      ...defaultSettings,
      scope: { jql: '' },
      calendar: { workingDays: [], hoursPerDay: 25, holidays: ['25/12/2026', '2026-01-01', '2026-01-01'] },
      daysPerStoryPoint: 0,
      schedule: { projectStart: '2026-1-5', nearCriticalDays: -1 },
      linkMappings: [{ linkType: '', predecessor: 'outward', kind: 'FS', lagDays: 0 }],
      evm: { ...defaultSettings.evm, currency: 'euro', baseline: '' },
    };
    expect(messages(draft)).toEqual({
      'scope.jql': 'write a JQL query, e.g. project = "{project}"',
      'calendar.workingDays': 'at least one working day',
      'calendar.hoursPerDay': 'a day has at most 24 hours',
      'calendar.holidays.0': 'use a date written YYYY-MM-DD',
      'calendar.holidays': 'list each holiday once',
      daysPerStoryPoint: 'days per story point must be more than 0',
      'schedule.projectStart': 'use a date written YYYY-MM-DD',
      'schedule.nearCriticalDays': 'use 0 or more days',
      'linkMappings.0.linkType': 'name a link type',
      'evm.currency': 'use a three-letter currency code such as EUR',
      'evm.baseline': 'name a baseline, or "current" for the current plan',
    });
    expect(settingsFromDraft(draft).settings).toBeNull();
  });

  it('issue 12, robustness: settings are validated as values, not only types (real dates, sensible ranges, baseline names)', () => {
    const draft = {
      ...defaultSettings,
      calendar: { ...defaultSettings.calendar, hoursPerDay: 1e-6, holidays: ['2026-02-30', '2026-02-28', '2025-02-29'] },
      daysPerStoryPoint: 1e-6,
      schedule: { ...defaultSettings.schedule, projectStart: '2026-13-01' },
      evm: { ...defaultSettings.evm, baseline: 'a/b' },
    };
    expect(messages(draft)).toEqual({
      'calendar.hoursPerDay': 'a working day has at least 1 hour',
      'calendar.holidays.0': 'use a date that exists on the calendar',
      'calendar.holidays.2': 'use a date that exists on the calendar',
      daysPerStoryPoint: 'use 0.01 to 100 days per story point',
      'schedule.projectStart': 'use a date that exists on the calendar',
      'evm.baseline': 'a baseline name has 1 to 50 letters, digits, spaces, dots, dashes or underscores',
    });
    const fine = { ...defaultSettings, calendar: { ...defaultSettings.calendar, hoursPerDay: 1, holidays: ['2028-02-29'] }, daysPerStoryPoint: 0.5 };
    expect(settingsFromDraft(fine).problems).toEqual([]);
  });

  it('says when the file is not settings at all, or comes from a newer Keel', () => {
    expect(messages('hello')).toEqual({ '': "Keel's settings are a JSON object: this is not a Keel settings file." });
    expect(messages({ version: 7 }).version).toMatch(/newer Keel \(settings version 7; this Keel reads up to 2\)/);
    expect(messages({ fields: {} }).version).toMatch(/no version number/);
  });
});
