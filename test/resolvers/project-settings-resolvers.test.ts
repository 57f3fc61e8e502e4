/**
 * The project settings page's resolvers, a scope that leaves risks and decisions out, and the admin pages' helpers
 * (detecting the settings, the pickers), end to end against the demo site as settings-resolvers.test.ts runs them:
 * Priya is a Jira admin, Marcus administers PAY (and is no Jira admin), Lena administers nothing.
 */
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { DetectedSettingsResult, EvmResult, ProjectSettingsSaveResult, ProjectSettingsView, ScheduleResult, SettingsCatalog, SettingsPreviewResult, UserSearchResult } from '../../src/contract';
import { defaultSettings } from '../../src/config/settings';
import { CF } from '../sandbox/demo/custom-fields';
import { demoApp } from './demo-app';
import { problems, settingsCalls } from './settings-calls';

const demo = demoApp();
const call = demo.call;
const { view, save } = settingsCalls(demo);
const missingDurations = async (projectKey: string) => (await call<ScheduleResult>('schedule/get', { projectKey }, 'Priya')).nodes.filter((n) => !n.external && n.missingDuration).length;

beforeAll(async () => {
  await demo.start();
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
