/**
 * Keel's settings in Forge storage (KVS), under one key per scope. No stored value means the defaults,
 * which work on a fresh Jira site.
 */
import { defaultSettings, type Settings } from '../../config/settings';
import { migrateSettings } from '../../config/migrate-settings';

/** The part of `@forge/kvs` this store needs; the resolver passes the real `kvs`. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export const GLOBAL_SETTINGS_KEY = 'settings:global';

export async function loadSettings(store: KeyValueStore): Promise<Settings> {
  const raw = await store.get(GLOBAL_SETTINGS_KEY);
  return raw === undefined || raw === null ? defaultSettings : migrateSettings(raw);
}

export async function saveSettings(store: KeyValueStore, settings: Settings): Promise<void> {
  await store.set(GLOBAL_SETTINGS_KEY, settings);
}
