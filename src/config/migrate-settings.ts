/**
 * Settings as stored -> the current schema. Each stored value carries its `version`; older versions are
 * upgraded step by step on read, a newer one (saved by a newer Keel) is refused rather than misread.
 */
import { AppError } from '../app-error';
import { SETTINGS_VERSION, settingsSchema, type Settings } from './settings';

/** Upgrade steps by the version they upgrade from; none yet, version 1 is the first. */
const upgrades: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

function versionOf(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null || !('version' in raw)) return null;
  return typeof raw.version === 'number' ? raw.version : null;
}

export function migrateSettings(raw: unknown): Settings {
  let current = raw;
  let version = versionOf(current);
  if (version === null) throw new AppError('INVALID_SETTINGS', "Keel's stored settings have no version number; import them again from a settings file.");
  if (version > SETTINGS_VERSION) {
    throw new AppError('INVALID_SETTINGS', `Keel's settings were saved by a newer Keel (version ${version}; this Keel reads up to ${SETTINGS_VERSION}). Update Keel on this site.`);
  }
  while (version < SETTINGS_VERSION) {
    const upgrade = upgrades[version];
    if (!upgrade || typeof current !== 'object' || current === null) {
      throw new AppError('INVALID_SETTINGS', `Keel cannot upgrade settings of version ${version}.`);
    }
    current = upgrade({ ...current });
    version += 1;
  }
  const parsed = settingsSchema.safeParse(current);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`);
    throw new AppError('INVALID_SETTINGS', `Keel's stored settings are not valid: ${problems.join('; ')}. Fix them on Keel's admin page.`, { problems });
  }
  return parsed.data;
}
