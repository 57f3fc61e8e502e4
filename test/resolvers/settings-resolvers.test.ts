/**
 * The admin pages' resolvers end to end: the app's real code and the real @forge packages against the sandbox
 * serving the demo site. Who may change what is asked of Jira in every resolver: Priya is a Jira admin, Marcus
 * administers PAY (and is no Jira admin), Lena administers nothing.
 */
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { DetectedSettingsResult, EvmResult, OverviewResult, ProjectSettingsSaveResult, ProjectSettingsView, ScheduleResult, SettingsCatalog, SettingsPreviewResult, SettingsSaveResult, SettingsView, UserSearchResult } from '../../src/contract';
import { defaultSettings } from '../../src/config/settings';
import { CF } from '../sandbox/demo/custom-fields';
import { demoApp } from './demo-app';

const demo = demoApp();
const call = demo.call;

const kvs = async () => (await import('@forge/kvs')).kvs;
const view = () => call<SettingsView>('settings/get', {}, 'Priya');
const save = (settings: unknown, who = 'Priya') => call<SettingsSaveResult>('settings/save', { settings, projectKey: 'WEB' }, who);
const problems = (result: { problems: { path: string; message: string }[] }) => Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
const missingDurations = async (projectKey: string) => (await call<ScheduleResult>('schedule/get', { projectKey }, 'Priya')).nodes.filter((n) => !n.external && n.missingDuration).length;

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

describe('a scope JQL that leaves risks and decisions out', () => {
  it('does not empty the risk register or the decision log: they read their issues by project and type', async () => {
    await save(defaultSettings);
    await call('project-settings/save', { projectKey: 'PAY', overrides: {} }, 'Marcus');
    const draft = { ...defaultSettings, scope: { jql: 'project = "{project}" AND issuetype not in (Risk, Decision)' } };
    const preview = await call<SettingsPreviewResult>('settings/preview', { projectKey: 'PAY', level: 'global', draft }, 'Priya');
    // The demo's preview said "Risks recognised 5 -> 0, Decisions 6 -> 0".
    expect(preview.saved.risks).toBeGreaterThan(0);
    expect(preview.saved.decisions).toBeGreaterThan(0);
    expect(preview.draft).toMatchObject({ risks: preview.saved.risks, decisions: preview.saved.decisions });
    expect(preview.draft?.issues).toBeLessThan(preview.saved.issues);
    // Risks and decisions are not work: leaving them out changes no date.
    expect(preview.draft).toMatchObject({ projectFinish: preview.saved.projectFinish, criticalIssues: preview.saved.criticalIssues });

    await save(draft);
    const decisions = await call<{ decisions: unknown[] }>('decisions/get', { projectKey: 'PAY' }, 'Priya');
    expect(decisions.decisions).toHaveLength(preview.saved.decisions);
    await save(defaultSettings);
  });
});

describe("PAY's own story points field", () => {
  it("fixes PAY's durations: the global choice reads the team-managed estimate, PAY estimates in Story Points", async () => {
    await save({ ...defaultSettings, fields: { ...defaultSettings.fields, storyPoints: CF.storyPointEstimate }, durationSource: 'storyPoints' });
    await call('project-settings/save', { projectKey: 'PAY', overrides: {} }, 'Marcus');
    const globalOnly = await missingDurations('PAY');
    const overrides = { fields: { storyPoints: CF.storyPoints, startDate: null, dueDate: 'duedate' } };

    const preview = await call<SettingsPreviewResult>('settings/preview', { projectKey: 'PAY', level: 'project', draft: overrides }, 'Marcus');
    expect(preview.saved.withDuration).toBeLessThan(preview.draft?.withDuration ?? 0);

    const saved = await call<ProjectSettingsSaveResult>('project-settings/save', { projectKey: 'PAY', overrides }, 'Marcus');
    expect(saved.saved).toBe(true);
    expect(saved.effective.fields.storyPoints).toBe(CF.storyPoints);
    const withOverride = await missingDurations('PAY');
    expect(withOverride).toBeLessThan(globalOnly);
    expect(preview.draft?.issues).toBe(preview.saved.issues);

    const page = await call<ProjectSettingsView>('project-settings/get', { projectKey: 'PAY' }, 'Marcus');
    expect(page.overrides).toEqual(overrides);
    expect(page.global.fields.storyPoints).toBe(CF.storyPointEstimate);
    expect(page.effective.fields.storyPoints).toBe(CF.storyPoints);

    // A global draft previewed on PAY says which of its sections PAY keeps for itself.
    const globalPreview = await call<SettingsPreviewResult>('settings/preview', { projectKey: 'PAY', level: 'global', draft: { ...page.global, durationSource: 'originalEstimate' } }, 'Priya');
    expect(globalPreview.overridden).toEqual(['fields']);
    expect(globalPreview.draft?.withDuration).not.toBe(globalPreview.saved.withDuration);
  });

  it('opens Earned value on the baseline the project settings name, or the current plan when there is none by that name', async () => {
    await call('baselines/create', { projectKey: 'PAY', name: 'Plan A' }, 'Marcus');
    const page = await call<ProjectSettingsView>('project-settings/get', { projectKey: 'PAY' }, 'Marcus');
    const withBaseline = (baseline: string) => ({ ...page.overrides, evm: { ...page.global.evm, baseline } });
    expect((await call<ProjectSettingsSaveResult>('project-settings/save', { projectKey: 'PAY', overrides: withBaseline('Plan A') }, 'Marcus')).saved).toBe(true);
    expect((await call<EvmResult>('evm/get', { projectKey: 'PAY' }, 'Lena')).baseline.name).toBe('Plan A');
    expect((await call<EvmResult>('evm/get', { projectKey: 'PAY', baseline: 'current' }, 'Lena')).baseline.name).toBe('current');
    await call('project-settings/save', { projectKey: 'PAY', overrides: withBaseline('No such plan') }, 'Marcus');
    expect((await call<EvmResult>('evm/get', { projectKey: 'PAY' }, 'Lena')).baseline.name).toBe('current');
    await call('project-settings/save', { projectKey: 'PAY', overrides: page.overrides }, 'Marcus');
  });

  it("refuses a project draft's problems with their paths", async () => {
    const result = await call<ProjectSettingsSaveResult>('project-settings/save', { projectKey: 'PAY', overrides: { calendar: { hoursPerDay: 30 }, fields: { storyPoints: 'customfield_18888' } } }, 'Marcus');
    expect(result.saved).toBe(false);
    expect(problems(result)).toEqual({ 'calendar.hoursPerDay': 'a day has at most 24 hours' });
    const missing = await call<ProjectSettingsSaveResult>('project-settings/save', { projectKey: 'PAY', overrides: { fields: { storyPoints: 'customfield_18888' } } }, 'Marcus');
    expect(problems(missing)['fields.storyPoints']).toMatch(/customfield_18888 does not exist on this site/);
    expect(missing.effective.fields.storyPoints).toBe(CF.storyPoints);
  });

  it("checks PAY's own scope JQL with Jira's parser on PAY, and the RACI deliverables JQL", async () => {
    const result = await call<ProjectSettingsSaveResult>('project-settings/save', {
      projectKey: 'PAY',
      overrides: { scope: { jql: 'project = "{project}" AND AND' }, raci: { deliverables: 'jql', deliverablesJql: 'issuetype = Deliverablez' } },
    }, 'Marcus');
    expect(result.saved).toBe(false);
    // As Keel runs it: a project's own scope is enclosed in the project (scope-confinement.test.ts).
    expect(problems(result)['scope.jql']).toMatch(/^Jira cannot run this JQL for PAY \(project = "PAY" AND \(project = "PAY" AND AND\)\): Error in the JQL Query/);
    expect(problems(result)['raci.deliverablesJql']).toMatch(/Deliverablez/);
  });
});

describe('detecting the settings from the site', () => {
  it("answers a draft with the reason for each choice, from the same use case as keel detect, and saves nothing", async () => {
    await expect(call('settings/detect', {}, 'Marcus')).rejects.toThrow(/^FORBIDDEN/);
    const before = (await view()).settings;
    const detected = await call<DetectedSettingsResult>('settings/detect', {}, 'Priya');
    expect([CF.storyPoints, CF.storyPointEstimate]).toContain(detected.settings.fields.storyPoints);
    expect(detected.settings.fields.startDate).toBe(CF.startDate);
    expect(detected.settings.linkMappings.map((m) => m.linkType)).toContain('Blocks');
    expect(detected.reasons.find((r) => r.path === 'fields.storyPoints')?.message).toMatch(/^Story [Pp]oint/);
    expect((await view()).settings).toEqual(before);
  });
});

describe('the pickers', () => {
  it("lists the site's fields, link types, issue types, statuses and the caller's projects by name", async () => {
    const catalog = await call<SettingsCatalog>('catalog/get', {}, 'Aiko');
    expect(catalog.fields.find((f) => f.id === CF.storyPoints)?.name).toBe('Story Points');
    expect(catalog.linkTypes.map((t) => t.name)).toContain('Blocks');
    expect(catalog.issueTypes.map((t) => t.name)).toContain('Decision');
    expect(catalog.statuses.map((s) => s.name)).toContain('Decided');
    expect(catalog.projects.map((p) => p.key)).not.toContain('PLAT');
  });

  it('finds active people by the start of a name, never a deactivated account', async () => {
    const found = await call<UserSearchResult>('users/search', { query: 'mar' }, 'Priya');
    expect(found.users.map((u) => u.displayName)).toEqual([expect.stringMatching(/^Marcus/)]);
    expect((await call<UserSearchResult>('users/search', { query: 'dan' }, 'Priya')).users).toEqual([]);
    await expect(call('users/search', { query: ' ' }, 'Priya')).rejects.toThrow(/BAD_REQUEST.*type part of a name/);
  });
});
