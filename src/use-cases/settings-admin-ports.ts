/**
 * What the admin pages' use cases read and write, as plain functions (STYLE.md principle 4): the resolver
 * passes Jira as the admin and Forge storage; tests pass the sandbox's or plain functions.
 */
import type { KeyValueStore } from '../adapters/storage/settings-store';
import type { PersonName, SettingsCatalog } from '../contract/settings';

export interface SettingsAdminPorts {
  store: KeyValueStore;
  fetchCatalog: () => Promise<SettingsCatalog>;
  /** Jira's parser's errors for a JQL query. */
  jqlErrors: (jql: string) => Promise<string[]>;
  /** Names of the accounts the rate table lists. */
  userNames: (accountIds: readonly string[]) => Promise<PersonName[]>;
}
