/** The admin form's own checks: the settings schema's every check, in the back end's words, with the field's path; stale problems dropped on edit. */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/config/settings';
import { settingsFromDraft } from '../../../src/config/settings-draft';
import { formProblems, problemsAfterEdit } from '../../../static/src/admin/form-checks';

const byPath = (problems: { path: string; message: string }[]) => Object.fromEntries(problems.map((p) => [p.path, p.message]));

describe('formProblems', () => {
  it('finds nothing wrong with the defaults', () => {
    expect(formProblems(defaultSettings)).toEqual([]);
  });

  it('names every problem at once, each next to its field, in the schema\'s own words', () => {
    const draft = {
      ...defaultSettings,
      scope: { jql: '' },
      daysPerStoryPoint: 0,
      calendar: { workingDays: [], hoursPerDay: 25, holidays: ['2026-12-25', '2026-12-25'] },
      schedule: { projectStart: '25/12/2026', nearCriticalDays: 101 },
      linkMappings: [{ linkType: '', predecessor: 'outward' as const, kind: 'FS' as const, lagDays: 0 }],
      evm: { ...defaultSettings.evm, currency: 'eur', baseline: '' },
    };
    expect(byPath(formProblems(draft))).toEqual({
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
  });

  it('checks the fields the schema checks without a message of its own, in plain words', () => {
    const { evm, risks, raci } = defaultSettings;
    const draft = {
      ...defaultSettings,
      linkMappings: [{ linkType: 'Blocks', predecessor: 'outward' as const, kind: 'FS' as const, lagDays: 1.5 }, { linkType: 'Blocks', predecessor: 'outward' as const, kind: 'FS' as const, lagDays: 400 }],
      evm: { ...evm, ceiling: { hours: 0, amount: -5 }, percentComplete: { ...evm.percentComplete, inProgressShare: 1.2 }, rates: { ...evm.rates, defaultRate: -1 } },
      risks: { ...risks, criticalWeight: 0.5, nearCriticalWeight: 11 },
      raci: { ...raci, accountableLimit: 0, deliverablesJql: '' },
    };
    expect(byPath(formProblems(draft))).toEqual({
      'linkMappings.0.lagDays': 'use a whole number',
      'linkMappings.1.lagDays': 'use at most 365',
      'evm.ceiling.hours': 'use more than 0',
      'evm.ceiling.amount': 'use more than 0',
      'evm.percentComplete.inProgressShare': 'use at most 1',
      'evm.rates.defaultRate': 'use 0 or more',
      'risks.criticalWeight': 'use 1 or more',
      'risks.nearCriticalWeight': 'use at most 10',
      'raci.accountableLimit': 'use 1 or more',
      'raci.deliverablesJql': 'cannot be empty: choose or write one',
    });
  });

  it('asks for a number where a box was emptied', () => {
    const draft = { ...defaultSettings, calendar: { ...defaultSettings.calendar, hoursPerDay: Number.NaN } };
    expect(byPath(formProblems(draft))).toEqual({ 'calendar.hoursPerDay': 'enter a number' });
  });
});

/** The defaults with one value put at a dotted path. */
function withValue(path: string, value: unknown, base = defaultSettings): typeof defaultSettings {
  const draft = structuredClone(base);
  const parts = path.split('.');
  let at: unknown = draft;
  for (const part of parts.slice(0, -1)) at = Reflect.get(at as object, part);
  Reflect.set(at as object, parts.at(-1) ?? '', value);
  return draft;
}

/** One bad value for every check the settings schema makes. */
const BAD_VALUES: [string, unknown][] = [
  ['scope.jql', ''], ['linkMappings.0.linkType', ''], ['linkMappings.0.predecessor', 'sideways'], ['linkMappings.0.kind', 'XX'],
  ['linkMappings.0.lagDays', 1.5], ['linkMappings.0.lagDays', -366], ['linkMappings.0.lagDays', Number.NaN], ['durationSource', 'guess'],
  ['daysPerStoryPoint', 0], ['calendar.workingDays', [0, 8]], ['calendar.workingDays', [1.5]], ['calendar.hoursPerDay', 0], ['calendar.hoursPerDay', Number.NaN],
  ['calendar.holidays', ['2026-13', '2026-12-25', '2026-12-25']], ['schedule.projectStart', 'tomorrow'], ['schedule.nearCriticalDays', -1],
  ['schedule.backgroundAboveIssues', 0], ['schedule.backgroundAboveIssues', 2.5],
  ['evm.budget.source', 'magic'], ['evm.budget.ratePerHour', -1], ['evm.budget.costPerPoint', Number.NaN], ['evm.budget.costField', ''],
  ['evm.rates.byAccount', { someone: -5 }], ['evm.rates.defaultRate', -1], ['evm.percentComplete.method', 'vibes'], ['evm.percentComplete.inProgressShare', -0.1],
  ['evm.actualCost', 'guess'], ['evm.currency', 'Euro'], ['evm.period', 'month'], ['evm.baseline', ''], ['evm.ceiling.hours', 0], ['evm.ceiling.amount', -1],
  ['risks.issueType', ''], ['risks.scale', 'vibes'], ['risks.fields.probability', ''], ['risks.fields.detection', ''], ['risks.treatmentLinkType', ''],
  ['risks.criticalWeight', 0.9], ['risks.nearCriticalWeight', 10.5], ['raci.deliverables', 'all'], ['raci.deliverablesJql', ''], ['raci.fields.responsible', ''],
  ['raci.fields.informed', ''], ['raci.accountableLimit', 1001], ['raci.accountableLimit', 2.5], ['decisions.statusField', ''], ['decisions.ownerField', ''],
  ['decisions.statusNames.proposed', ['']], ['decisions.supersedesLinkType', ''], ['decisions.relatesLinkType', ''],
  ['issueTypes.notWork', ['']], ['issueTypes.notWork', ['Spike', 'spike']], ['issueTypes.notWork', Array.from({ length: 51 }, (_, i) => `Type ${i}`)],
];

describe('the form and the back end', () => {
  it.each(BAD_VALUES)('give the same problems for %s = %j', (path, value) => {
    const draft = withValue(path, value);
    const server = settingsFromDraft(draft).problems;
    expect(server.length).toBeGreaterThan(0);
    expect(byPath(formProblems(draft))).toEqual(byPath(server));
  });

  it('give the same problems for all of them at once', () => {
    const draft = BAD_VALUES.reduce((d, [path, value]) => withValue(path, value, d), defaultSettings);
    expect(formProblems(draft).length).toBeGreaterThan(40);
    expect(byPath(formProblems(draft))).toEqual(byPath(settingsFromDraft(draft).problems));
  });
});

/** Every setting's dotted path (lists and tables count as one), the version and recorded names aside. */
function settingPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.keys(value).length === 0) return [prefix];
  return Object.entries(value)
    .filter(([key]) => prefix !== '' || (key !== 'version' && key !== 'fieldNames'))
    .flatMap(([key, child]) => settingPaths(child, prefix === '' ? key : `${prefix}.${key}`));
}

describe('the form schema covers every setting', () => {
  // A setting added to the back end's schema but not to the form's fails here: the back end refuses a value of the wrong type, the form would not.
  it.each(settingPaths(defaultSettings))('refuses a value of the wrong type for %s where the back end does', (path) => {
    const wrong = typeof pathValue(path) === 'boolean' ? 'yes' : true;
    const draft = withValue(path, wrong);
    const server = settingsFromDraft(draft).problems.map((p) => p.path);
    expect(server).toEqual([path]);
    expect(formProblems(draft).map((p) => p.path)).toEqual(server);
  });
});

function pathValue(path: string): unknown {
  return path.split('.').reduce<unknown>((at, part) => (typeof at === 'object' && at !== null ? Reflect.get(at, part) : undefined), defaultSettings);
}

describe('problemsAfterEdit', () => {
  const server = [
    { path: 'scope.jql', message: 'Jira cannot run this JQL', severity: 'error' as const },
    { path: 'fields.storyPoints', message: 'does not exist on this site', severity: 'error' as const },
    { path: 'linkMappings.1.linkType', message: 'This site has no link type', severity: 'warning' as const },
    { path: '', message: 'saved by a newer Keel', severity: 'error' as const },
  ];

  it('drops the problem of the field that changed, and keeps the others', () => {
    const after = { ...defaultSettings, fields: { ...defaultSettings.fields, storyPoints: 'customfield_10016' } };
    expect(problemsAfterEdit(server, defaultSettings, after).map((p) => p.path)).toEqual(['scope.jql', 'linkMappings.1.linkType', '']);
  });

  it('drops a row\'s problem when a row above it is removed (the row under that index is another one now)', () => {
    const after = { ...defaultSettings, linkMappings: defaultSettings.linkMappings.slice(1) };
    expect(problemsAfterEdit(server, defaultSettings, after).map((p) => p.path)).toEqual(['scope.jql', 'fields.storyPoints', '']);
  });

  it('keeps every problem when nothing changed, and notices a box emptied', () => {
    expect(problemsAfterEdit(server, defaultSettings, { ...defaultSettings })).toEqual(server);
    const emptied = { ...defaultSettings, scope: { jql: '' } };
    expect(problemsAfterEdit(server, defaultSettings, emptied).map((p) => p.path)).not.toContain('scope.jql');
  });
});
