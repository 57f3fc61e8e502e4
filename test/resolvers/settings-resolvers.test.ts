/**
 * The admin pages' resolvers end to end: the app's real code and the real @forge packages against the sandbox
 * serving the demo site. Who may change what is asked of Jira in every resolver: Priya is a Jira admin, Marcus
 * administers PAY (and is no Jira admin), Lena administers nothing. The project settings, detection and the
 * pickers are in project-settings-resolvers.test.ts.
 */
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { OverviewResult, ProjectSettingsSaveResult, ProjectSettingsView, SettingsSaveResult } from '../../src/contract';
import { defaultSettings } from '../../src/config/settings';
import { CF } from '../sandbox/demo/custom-fields';
import { demoApp } from './demo-app';
import { problems, settingsCalls } from './settings-calls';

const demo = demoApp();
const call = demo.call;

const { view, save } = settingsCalls(demo);
const kvs = async () => (await import('@forge/kvs')).kvs;

beforeAll(async () => {
  await demo.start();
});

describe('who may change the settings', () => {
  it('refuses the global settings to anyone but a Jira admin, whichever resolver they call directly', async () => {
    for (const who of ['Lena', 'Marcus']) {
      await expect(call('settings/get', {}, who)).rejects.toThrow(/^FORBIDDEN: Only Jira admins/);
      await expect(save(defaultSettings, who)).rejects.toThrow(/^FORBIDDEN: Only Jira admins/);
      await expect(call('settings/import', { text: JSON.stringify(defaultSettings) }, who)).rejects.toThrow(/^FORBIDDEN/);
      await expect(call('settings/preview', { projectKey: 'PAY', level: 'global', draft: defaultSettings }, who)).rejects.toThrow(/^FORBIDDEN/);
    }
    expect((await view()).settings.version).toBe(2);
  });

  it("lets PAY's administrator and a Jira admin change PAY's settings, and nobody else", async () => {
    await expect(call('project-settings/get', { projectKey: 'PAY' }, 'Lena')).rejects.toThrow(/^FORBIDDEN: Only administrators of PAY/);
    await expect(call('project-settings/save', { projectKey: 'PAY', overrides: {} }, 'Lena')).rejects.toThrow(/^FORBIDDEN/);
    await expect(call('settings/preview', { projectKey: 'PAY', level: 'project', draft: {} }, 'Lena')).rejects.toThrow(/^FORBIDDEN/);
    await expect(call('project-settings/save', { projectKey: 'WEB', overrides: {} }, 'Marcus')).rejects.toThrow(/^FORBIDDEN: Only administrators of WEB/);
    expect((await call<ProjectSettingsSaveResult>('project-settings/save', { projectKey: 'PAY', overrides: {} }, 'Marcus')).saved).toBe(true);
    expect((await call<ProjectSettingsSaveResult>('project-settings/save', { projectKey: 'PAY', overrides: {} }, 'Priya')).saved).toBe(true);
  });

  it('issue 12, robustness: project admins see only what they may change, never the global hourly rates', async () => {
    const lena = demo.account('Lena');
    const before = (await view()).settings;
    const rates = { byAccount: { [lena]: 987.65 }, defaultRate: 100 };
    expect((await save({ ...before, evm: { ...before.evm, rates } })).saved).toBe(true);
    try {
      const page = await call<ProjectSettingsView>('project-settings/get', { projectKey: 'PAY' }, 'Marcus');
      const saved = await call<ProjectSettingsSaveResult>('project-settings/save', { projectKey: 'PAY', overrides: page.overrides }, 'Marcus');
      for (const answer of [page, saved]) {
        expect(JSON.stringify(answer)).not.toContain('987.65');
        expect(JSON.stringify(answer)).not.toContain(lena);
      }
      // A project with its own rates sees its own.
      const own = { ...page.overrides, evm: { ...page.effective.evm, rates: { byAccount: { [lena]: 55.5 }, defaultRate: 90 } } };
      const withOwn = await call<ProjectSettingsSaveResult>('project-settings/save', { projectKey: 'PAY', overrides: own }, 'Marcus');
      expect(withOwn.effective.evm.rates.byAccount).toEqual({ [lena]: 55.5 });
      expect((await call<ProjectSettingsView>('project-settings/get', { projectKey: 'PAY' }, 'Marcus')).global.evm.rates.byAccount).toEqual({});
      await call('project-settings/save', { projectKey: 'PAY', overrides: page.overrides }, 'Marcus');
    } finally {
      await save(before);
    }
  });
});

describe('saving the global settings', () => {
  it('shows every problem at once next to its field, and keeps the settings in force', async () => {
    const before = (await view()).settings;
    const result = await save({ ...before, calendar: { workingDays: [], hoursPerDay: 0, holidays: [] }, evm: { ...before.evm, currency: 'dollars' } });
    expect(result.saved).toBe(false);
    expect(problems(result)).toEqual({
      'calendar.workingDays': 'at least one working day',
      'calendar.hoursPerDay': 'hours per day must be more than 0',
      'evm.currency': 'use a three-letter currency code such as EUR',
    });
    expect((await view()).settings).toEqual(before);
  });

  it("checks the scope JQL with Jira's own parser", async () => {
    const result = await save({ ...defaultSettings, scope: { jql: 'project = "{project}" AND sprint in openSprints(' } });
    expect(result.saved).toBe(false);
    expect(problems(result)['scope.jql']).toMatch(/^Jira cannot run this JQL for WEB \(project = "WEB" AND sprint in openSprints\(\): Error in the JQL Query/);
    const unknownField = await save({ ...defaultSettings, scope: { jql: 'project = "{project}" AND flavour = sweet' } });
    expect(problems(unknownField)['scope.jql']).toMatch(/flavour/);
  });

  it('names a mapped field that no longer exists on the site, by the name it had when saved', async () => {
    const result = await save({ ...defaultSettings, fields: { ...defaultSettings.fields, storyPoints: 'customfield_19999' }, fieldNames: { customfield_19999: 'Legacy points' } });
    expect(result.saved).toBe(false);
    expect(problems(result)['fields.storyPoints']).toBe('Story points field: "Legacy points" (customfield_19999) does not exist on this site: it was deleted, or these settings come from another site. Pick the field by name, or clear it.');
  });

  it('saves valid settings and records the names of the fields they map', async () => {
    const result = await save({ ...defaultSettings, fields: { ...defaultSettings.fields, storyPoints: CF.storyPointEstimate }, durationSource: 'storyPoints' });
    expect(result.saved).toBe(true);
    expect(result.settings.fieldNames[CF.storyPointEstimate]).toBe('Story point estimate');
    expect((await view()).settings.fields.storyPoints).toBe(CF.storyPointEstimate);
  });

  it("names the rate table's people for the form, leaving out an account Jira does not know", async () => {
    const marcus = demo.account('Marcus');
    const rates = { byAccount: { [marcus]: 120, 'unknown-account': 80 }, defaultRate: 100 };
    expect((await save({ ...defaultSettings, evm: { ...defaultSettings.evm, rates } })).saved).toBe(true);
    expect((await view()).people).toEqual([{ accountId: marcus, displayName: 'Marcus Webb', active: true }]);
  });

  it('reads settings stored by the previous version (1) as version 2', async () => {
    const store = await kvs();
    await store.set('settings:global', { version: 1, durationSource: 'storyPoints', fields: { storyPoints: CF.storyPointEstimate }, calendar: { holidays: ['2026-12-25', '2026-12-24', '2026-12-25'] } });
    const { settings, problems: found } = await view();
    expect(settings.version).toBe(2);
    expect(settings.calendar.holidays).toEqual(['2026-12-24', '2026-12-25']);
    expect(found.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('stored settings a newer Keel wrote', () => {
  it('are shown as the problem on the admin page, which offers the defaults to save over them; analyses refuse to guess', async () => {
    const store = await kvs();
    const good = (await view()).settings;
    await store.set('settings:global', { ...good, version: 3 });
    const { settings, problems: found } = await view();
    expect(settings).toEqual(defaultSettings);
    expect(problems({ problems: found })['']).toMatch(/saved by a newer Keel \(settings version 3; this Keel reads up to 2\).*Until then Keel uses its defaults/);
    await expect(call('overview/get', { projectKey: 'WEB' }, 'Lena')).rejects.toThrow(/^INVALID_SETTINGS: .*newer Keel/);
    expect((await save(good)).saved).toBe(true);
    await expect(call('overview/get', { projectKey: 'WEB' }, 'Lena')).resolves.toBeTruthy();
  });
});

describe('a mapped field deleted from the site', () => {
  it("is a finding on the project's Overview, naming the field and where an admin fixes it", async () => {
    const store = await kvs();
    const good = (await view()).settings;
    const clean = await call<OverviewResult>('overview/get', { projectKey: 'WEB' }, 'Lena');
    expect(clean.findings.map((f) => f.kind)).not.toContain('mapped-field-missing');
    // Saving refuses such a field, so it is written as a field deleted after the save would leave it.
    await store.set('settings:global', { ...good, fields: { ...good.fields, storyPoints: 'customfield_19999' }, fieldNames: { ...good.fieldNames, customfield_19999: 'Legacy points' } });
    const { findings } = await call<OverviewResult>('overview/get', { projectKey: 'WEB' }, 'Lena');
    const finding = findings.find((f) => f.kind === 'mapped-field-missing');
    expect(finding?.title).toBe('A field Keel\'s settings map is not on this site: Story points field: "Legacy points" (customfield_19999)');
    expect(finding?.advice).toMatch(/reads this field as empty.*Jira settings → Apps → Keel settings\), section "Estimates and dates"/);
    expect(finding?.details).toEqual([expect.stringMatching(/^fields\.storyPoints: Story points field: "Legacy points" \(customfield_19999\) does not exist on this site/)]);
    expect(findings[0]?.kind).toBe('mapped-field-missing');
    expect((await save(good)).saved).toBe(true);
  });
});

describe('importing a settings file', () => {
  it('refuses a file from another site, naming the fields this site does not have; the last good settings stay', async () => {
    const before = (await view()).settings;
    const other = { ...defaultSettings, fields: { storyPoints: 'customfield_10399', startDate: 'customfield_10400', dueDate: 'duedate' }, fieldNames: { customfield_10399: 'Story Points', customfield_10400: 'Planned start' } };
    const result = await call<SettingsSaveResult>('settings/import', { text: JSON.stringify(other) }, 'Priya');
    expect(result.saved).toBe(false);
    expect(problems(result)['fields.storyPoints']).toMatch(/"Story Points" \(customfield_10399\) does not exist on this site/);
    expect(problems(result)['fields.startDate']).toMatch(/"Planned start" \(customfield_10400\) does not exist on this site/);
    expect(result.settings).toEqual(before);
    expect((await view()).settings).toEqual(before);
  });

  it('refuses a file from a newer Keel, and a file that is not JSON', async () => {
    const newer = await call<SettingsSaveResult>('settings/import', { text: JSON.stringify({ ...defaultSettings, version: 3 }) }, 'Priya');
    expect(problems(newer).version).toMatch(/saved by a newer Keel \(settings version 3; this Keel reads up to 2\)/);
    const garbage = await call<SettingsSaveResult>('settings/import', { text: '{"version": 2,' }, 'Priya');
    expect(problems(garbage)['']).toMatch(/^The file is not JSON/);
    expect(garbage.saved).toBe(false);
  });

  it('issue 12, robustness: sizes are measured in UTF-8 bytes, with a cap on settings/save and on import that answers a clear message', async () => {
    const before = (await view()).settings;
    // 100,000 characters, 300,000 bytes: under the payload's character cap, over what KVS can hold.
    const file = JSON.stringify({ ...defaultSettings, fieldNames: { customfield_1: '€'.repeat(100_000) } });
    const imported = await call<SettingsSaveResult>('settings/import', { text: file }, 'Priya');
    expect(imported.saved).toBe(false);
    expect(problems(imported)['']).toMatch(/^The file is 29\d KiB in UTF-8, over the 240 KiB Keel can store/);
    const byAccount = Object.fromEntries(Array.from({ length: 9_000 }, (_, i) => [`acc-éééééééééé-${i}`, 100]));
    const saved = await save({ ...before, evm: { ...before.evm, rates: { byAccount, defaultRate: 100 } } });
    expect(saved.saved).toBe(false);
    expect(problems(saved)['']).toMatch(/^These settings are \d+ KiB in UTF-8, over the 240 KiB Keel can store/);
    expect((await view()).settings).toEqual(before);
  });

  it('imports an exported file', async () => {
    const exported = JSON.stringify((await view()).settings);
    expect((await call<SettingsSaveResult>('settings/import', { text: exported }, 'Priya')).saved).toBe(true);
  });
});
