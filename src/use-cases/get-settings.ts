/** `settings/get`: the global settings in force, what in them no longer matches the site, and the rate table's people. */
import type { SettingsView } from '../contract/settings';
import { settingsInForce } from './save-settings';
import type { SettingsAdminPorts } from './settings-admin-ports';
import { settingsSiteProblems } from './settings-site-problems';

export async function getSettings(ports: SettingsAdminPorts): Promise<SettingsView> {
  const { settings, unreadable } = await settingsInForce(ports);
  const catalog = await ports.fetchCatalog();
  // The JQL is checked when the admin saves or previews, on a project they choose.
  const problems = [
    ...(unreadable === null ? [] : [{ path: '', severity: 'error' as const, message: `${unreadable} Until then Keel uses its defaults.` }]),
    ...(await settingsSiteProblems(settings, { catalog, jqlErrors: ports.jqlErrors }, null)),
  ];
  return { settings, problems, people: await ports.userNames(Object.keys(settings.evm.rates.byAccount)) };
}
