/** The admin form's own checks: every message, the same words as the settings schema's, with the field's path. */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/config/settings';
import { settingsFromDraft } from '../../../src/config/settings-draft';
import { formProblems } from '../../../static/src/admin/form-checks';

const byPath = (problems: { path: string; message: string }[]) => Object.fromEntries(problems.map((p) => [p.path, p.message]));

describe('formProblems', () => {
  it('finds nothing wrong with the defaults', () => {
    expect(formProblems(defaultSettings)).toEqual([]);
  });

  it('names every problem it can see, each with the message the back end gives for the same field', () => {
    const draft = {
      ...defaultSettings,
      scope: { jql: '' },
      daysPerStoryPoint: 0,
      calendar: { workingDays: [], hoursPerDay: 25, holidays: ['2026-12-25', '2026-12-25'] },
      schedule: { projectStart: '25/12/2026', nearCriticalDays: 101 },
      linkMappings: [{ linkType: '', predecessor: 'outward' as const, kind: 'FS' as const, lagDays: 0 }],
      evm: { ...defaultSettings.evm, currency: 'eur', baseline: '' },
    };
    const form = byPath(formProblems(draft));
    expect(form).toEqual({
      'scope.jql': 'write a JQL query, e.g. project = "{project}"',
      daysPerStoryPoint: 'days per story point must be more than 0',
      'calendar.workingDays': 'at least one working day',
      'calendar.hoursPerDay': 'a day has at most 24 hours',
      'calendar.holidays': 'list each holiday once',
      'schedule.projectStart': 'use a date written YYYY-MM-DD',
      'schedule.nearCriticalDays': 'use at most 100 days',
      'linkMappings.0.linkType': 'name a link type',
      'evm.currency': 'use a three-letter currency code such as EUR',
      'evm.baseline': 'name a baseline, or "current" for the current plan',
    });
    // The back end says the same about each of these fields.
    const server = byPath(settingsFromDraft(draft).problems);
    for (const [path, message] of Object.entries(form)) expect(server[path]).toBe(message);
  });

  it('asks for a number where a box was emptied', () => {
    const draft = { ...defaultSettings, calendar: { ...defaultSettings.calendar, hoursPerDay: Number.NaN } };
    expect(byPath(formProblems(draft))).toEqual({ 'calendar.hoursPerDay': 'enter a number' });
  });
});
