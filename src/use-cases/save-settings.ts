/**
 * `settings/save` and `settings/import`: a draft of the global settings is checked (schema, then the site: its
 * fields, link and issue types, and the scope JQL through Jira's parser) and saved only when nothing is an
 * error, with the names of its mapped fields recorded. Otherwise the settings in force stay as they are.
 */
import { AppError } from '../app-error';
import { loadSettings, saveSettings } from '../adapters/storage/settings-store';
import type { SettingsSaveResult } from '../contract/settings';
import { defaultSettings, type Settings } from '../config/settings';
import { settingsFromDraft } from '../config/settings-draft';
import { scopeJqlProblems } from '../config/scope-jql-problems';
import { settingsSizeProblem } from '../config/settings-size';
import type { SettingsAdminPorts } from './settings-admin-ports';
import { recordedFieldNames, settingsSiteProblems } from './settings-site-problems';

/**
 * The stored settings, or the defaults with the reason when what is stored no longer reads (saved by a newer
 * Keel, say): the admin page can then still show a form, and a valid save replaces them.
 */
export async function settingsInForce(ports: Pick<SettingsAdminPorts, 'store'>): Promise<{ settings: Settings; unreadable: string | null }> {
  try {
    return { settings: await loadSettings(ports.store), unreadable: null };
  } catch (error) {
    if (error instanceof AppError && error.code === 'INVALID_SETTINGS') return { settings: defaultSettings, unreadable: error.message };
    throw error;
  }
}

/** `projectKey`: the project the scope JQL is tried on (the preview's); else the first the admin may browse. */
export async function saveSettingsDraft(ports: SettingsAdminPorts, input: { draft: unknown; projectKey: string | null }): Promise<SettingsSaveResult> {
  const current = (await settingsInForce(ports)).settings;
  const checked = settingsFromDraft(input.draft);
  if (checked.settings === null) return { saved: false, settings: current, problems: checked.problems };
  const catalog = await ports.fetchCatalog();
  const projectKey = input.projectKey ?? catalog.projects[0]?.key ?? null;
  const problems = [...scopeJqlProblems(checked.settings.scope.jql, false), ...(await settingsSiteProblems(checked.settings, { catalog, jqlErrors: ports.jqlErrors }, projectKey))];
  if (problems.some((p) => p.severity === 'error')) return { saved: false, settings: current, problems };
  const settings: Settings = { ...checked.settings, fieldNames: recordedFieldNames(checked.settings, catalog) };
  const tooLarge = settingsSizeProblem(JSON.stringify(settings), 'These settings are');
  if (tooLarge !== null) return { saved: false, settings: current, problems: [...problems, tooLarge] };
  await saveSettings(ports.store, settings);
  return { saved: true, settings, problems };
}

/** An exported settings file, as text: not JSON, another site's fields or a newer Keel's version are named. */
export async function importSettings(ports: SettingsAdminPorts, input: { text: string; projectKey: string | null }): Promise<SettingsSaveResult> {
  const tooLarge = settingsSizeProblem(input.text, 'The file is');
  if (tooLarge !== null) return { saved: false, settings: (await settingsInForce(ports)).settings, problems: [tooLarge] };
  let draft: unknown;
  try {
    draft = JSON.parse(input.text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'unreadable';
    return { saved: false, settings: (await settingsInForce(ports)).settings, problems: [{ path: '', severity: 'error', message: `The file is not JSON (${reason}): export Keel's settings again and import that file.` }] };
  }
  return saveSettingsDraft(ports, { draft, projectKey: input.projectKey });
}
