/**
 * The admin pages' resolvers: `settings/*` (global settings: Jira admins only), `project-settings/*` (a project's
 * own sections: its administrators), `catalog/get` and `users/search` (the pickers, as the caller sees the site).
 * Every read runs as the caller; permission is asked of Jira in each resolver, whatever page called it.
 */
import { jqlErrors } from '../adapters/jira/check-jql';
import { fetchSettingsCatalog } from '../adapters/jira/fetch-settings-catalog';
import { fetchUserNames, searchUsers } from '../adapters/jira/search-users';
import { detectSettingsDraft } from '../use-cases/detect-settings-draft';
import { getSettings } from '../use-cases/get-settings';
import { previewSettings } from '../use-cases/preview-settings';
import { getProjectSettings, saveProjectSettingsDraft, type ProjectSettingsPorts } from '../use-cases/project-settings';
import { importSettings, saveSettingsDraft } from '../use-cases/save-settings';
import { forgeStore, today, viewerJira } from './forge-ports';
import { wrapResolver } from './resolver-wrapper';
import { requireJiraAdmin, requireProjectAdmin } from './settings-access';

function ports(): ProjectSettingsPorts {
  const jira = viewerJira();
  return {
    jira,
    store: forgeStore,
    fetchCatalog: () => fetchSettingsCatalog(jira),
    jqlErrors: (jql) => jqlErrors(jira, jql),
    userNames: (ids) => fetchUserNames(jira, ids),
  };
}


export const getSettingsResolver = wrapResolver('settings/get', async () => {
  const p = ports();
  await requireJiraAdmin(p.jira);
  return getSettings(p);
});

export const saveSettingsResolver = wrapResolver('settings/save', async (payload) => {
  const p = ports();
  await requireJiraAdmin(p.jira);
  return saveSettingsDraft(p, { draft: payload.settings, projectKey: payload.projectKey ?? null });
});

export const importSettingsResolver = wrapResolver('settings/import', async (payload) => {
  const p = ports();
  await requireJiraAdmin(p.jira);
  return importSettings(p, { text: payload.text, projectKey: payload.projectKey ?? null });
});

export const previewSettingsResolver = wrapResolver('settings/preview', async (payload, context) => {
  const p = ports();
  if (payload.level === 'global') await requireJiraAdmin(p.jira);
  else await requireProjectAdmin(p.jira, payload.projectKey);
  return previewSettings(p, { projectKey: payload.projectKey, level: payload.level, draft: payload.draft, asOf: today(context.timeZone) });
});

export const getProjectSettingsResolver = wrapResolver('project-settings/get', async (payload) => {
  const p = ports();
  await requireProjectAdmin(p.jira, payload.projectKey);
  return getProjectSettings(p, payload.projectKey);
});

export const saveProjectSettingsResolver = wrapResolver('project-settings/save', async (payload) => {
  const p = ports();
  await requireProjectAdmin(p.jira, payload.projectKey);
  return saveProjectSettingsDraft(p, { projectKey: payload.projectKey, draft: payload.overrides });
});

export const detectSettingsResolver = wrapResolver('settings/detect', async () => {
  const p = ports();
  await requireJiraAdmin(p.jira);
  return detectSettingsDraft(p);
});

export const catalogResolver = wrapResolver('catalog/get', () => fetchSettingsCatalog(viewerJira()));

export const userSearchResolver = wrapResolver('users/search', async (payload) => ({ users: await searchUsers(viewerJira(), payload.query) }));
