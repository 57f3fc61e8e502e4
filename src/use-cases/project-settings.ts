/**
 * `project-settings/get` and `project-settings/save`: a project's own sections of the settings. A draft is
 * checked like the global settings (schema, then the site, and the scope JQL on this project); problems in
 * sections the project does not override are the global page's to fix and never block the project's save.
 */
import { fetchProject } from '../adapters/jira/fetch-project';
import type { ProductRequest } from '../adapters/product-request';
import { loadProjectSettings, saveProjectSettings } from '../adapters/storage/project-settings-store';
import type { ProjectSettingsSaveResult, ProjectSettingsView } from '../contract/settings';
import { effectiveSettings, projectOverridesSchema, type ProjectOverrides } from '../config/project-overrides';
import { scopeJqlProblems } from '../config/scope-jql-problems';
import { SETTINGS_VERSION, type Settings } from '../config/settings';
import { plainMessage, problemsOf } from '../config/plain-messages';
import type { SettingsProblem } from '../config/settings-problem';
import { settingsSizeProblem } from '../config/settings-size';
import { settingsInForce } from './save-settings';
import type { SettingsAdminPorts } from './settings-admin-ports';
import { recordedFieldNames, settingsSiteProblems } from './settings-site-problems';

export interface ProjectSettingsPorts extends SettingsAdminPorts {
  /** Jira as the admin, to name the project. */
  jira: ProductRequest;
}

const inSections = (overrides: ProjectOverrides) => (p: SettingsProblem) => Object.keys(overrides).includes(p.path.split('.')[0] ?? '');

async function effectiveProblems(ports: SettingsAdminPorts, effective: Settings, overrides: ProjectOverrides, projectKey: string, jql: boolean) {
  const catalog = await ports.fetchCatalog();
  const problems = (await settingsSiteProblems(effective, { catalog, jqlErrors: ports.jqlErrors }, jql ? projectKey : null)).filter(inSections(overrides));
  return { catalog, problems };
}

/**
 * Settings as a project admin may see them: the people's hourly rates are the global settings' (Jira admins
 * only) unless the project sets its own, so they are left out of every section the project does not override.
 */
export function withoutGlobalRates(settings: Settings, overrides: ProjectOverrides): Settings {
  if (overrides.evm !== undefined) return settings;
  return { ...settings, evm: { ...settings.evm, rates: { ...settings.evm.rates, byAccount: {} } } };
}

export async function getProjectSettings(ports: ProjectSettingsPorts, projectKey: string): Promise<ProjectSettingsView> {
  const project = await fetchProject(ports.jira, projectKey);
  const global = (await settingsInForce(ports)).settings;
  const stored = await loadProjectSettings(ports.store, project.key);
  const effective = effectiveSettings(global, stored.overrides);
  const { problems } = await effectiveProblems(ports, { ...effective, fieldNames: { ...global.fieldNames, ...stored.fieldNames } }, stored.overrides, project.key, false);
  const shown = withoutGlobalRates(effective, stored.overrides);
  const people = await ports.userNames(Object.keys(shown.evm.rates.byAccount));
  return { project: { key: project.key, name: project.name }, global: withoutGlobalRates(global, {}), overrides: stored.overrides, effective: shown, problems, people };
}

export async function saveProjectSettingsDraft(ports: ProjectSettingsPorts, input: { projectKey: string; draft: unknown }): Promise<ProjectSettingsSaveResult> {
  const project = await fetchProject(ports.jira, input.projectKey);
  const global = (await settingsInForce(ports)).settings;
  const stored = await loadProjectSettings(ports.store, project.key);
  const parsed = projectOverridesSchema.safeParse(input.draft, { error: plainMessage });
  if (!parsed.success) {
    const problems = problemsOf(parsed.error);
    return { saved: false, overrides: stored.overrides, effective: withoutGlobalRates(effectiveSettings(global, stored.overrides), stored.overrides), problems };
  }
  const overrides = parsed.data;
  const effective = effectiveSettings(global, overrides);
  const own = overrides.scope === undefined ? [] : scopeJqlProblems(overrides.scope.jql, true);
  const checked = await effectiveProblems(ports, effective, overrides, project.key, true);
  const { catalog } = checked;
  // Jira's parser would only repeat, less clearly, what Keel found in the scope itself.
  const problems = [...own, ...checked.problems.filter((p) => own.length === 0 || p.path !== 'scope.jql')];
  const next = { version: SETTINGS_VERSION, overrides, fieldNames: recordedFieldNames(effective, catalog) } as const;
  const tooLarge = settingsSizeProblem(JSON.stringify(next), `${project.key}'s settings are`);
  if (tooLarge !== null) problems.push(tooLarge);
  if (problems.some((p) => p.severity === 'error')) {
    return { saved: false, overrides: stored.overrides, effective: withoutGlobalRates(effectiveSettings(global, stored.overrides), stored.overrides), problems };
  }
  await saveProjectSettings(ports.store, project.key, next);
  return { saved: true, overrides, effective: withoutGlobalRates(effective, overrides), problems };
}
