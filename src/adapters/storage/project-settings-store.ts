/**
 * A project's own settings in Forge storage, under `settings:project:<KEY>`, and the effective settings of a
 * project: the global ones with the project's sections put in. No stored value means no overrides.
 */
import { AppError } from '../../app-error';
import { effectiveSettings, ownScopeProblem, storedProjectSettingsSchema, type StoredProjectSettings } from '../../config/project-overrides';
import { SETTINGS_VERSION, type Settings } from '../../config/settings';
import { loadSettings, type KeyValueStore } from './settings-store';

export const projectSettingsKey = (projectKey: string): string => `settings:project:${projectKey}`;

const none: StoredProjectSettings = { version: SETTINGS_VERSION, overrides: {}, fieldNames: {} };

export async function loadProjectSettings(store: KeyValueStore, projectKey: string): Promise<StoredProjectSettings> {
  const raw = await store.get(projectSettingsKey(projectKey));
  if (raw === undefined || raw === null) return none;
  const version = typeof raw === 'object' && 'version' in raw && typeof raw.version === 'number' ? raw.version : null;
  if (version !== null && version > SETTINGS_VERSION) {
    throw new AppError('INVALID_SETTINGS', `Keel's settings for ${projectKey} were saved by a newer Keel (settings version ${version}; this Keel reads up to ${SETTINGS_VERSION}). Update Keel on this site.`);
  }
  const parsed = storedProjectSettingsSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`);
    throw new AppError('INVALID_SETTINGS', `Keel's stored settings for ${projectKey} are not valid: ${problems.join('; ')}. Fix them on the project's Keel settings page.`, { problems });
  }
  return parsed.data;
}

export async function saveProjectSettings(store: KeyValueStore, projectKey: string, stored: StoredProjectSettings): Promise<void> {
  await store.set(projectSettingsKey(projectKey), stored);
}

/** The settings every analysis of `projectKey` uses; a stored scope JQL that could reach beyond the project is refused. */
export async function loadEffectiveSettings(store: KeyValueStore, projectKey: string): Promise<Settings> {
  const [global, project] = await Promise.all([loadSettings(store), loadProjectSettings(store, projectKey)]);
  const problem = ownScopeProblem(project.overrides);
  if (problem !== null) throw new AppError('INVALID_SETTINGS', `${problem} Fix ${projectKey}'s scope on its Keel settings page.`, { problems: [problem] });
  return effectiveSettings(global, project.overrides);
}
