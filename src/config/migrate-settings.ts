/**
 * Settings as stored -> the current schema. Each stored value carries its `version`; older versions are
 * upgraded step by step on read, a newer one (saved by a newer Keel) is refused rather than misread.
 */
import { AppError } from '../app-error';
import { SETTINGS_VERSION, settingsSchema, type Settings } from './settings';

type Upgrade = (old: Record<string, unknown>) => Record<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * 1 -> 2: holidays listed once each, in date order (version 1 kept them as typed, duplicates and all);
 * `fieldNames` starts empty (names are recorded at the next save, from the site's fields).
 */
export const upgradeFrom1: Upgrade = (old) => {
  const calendar = isRecord(old.calendar) ? old.calendar : undefined;
  const holidays = calendar?.holidays;
  const tidied = Array.isArray(holidays) && holidays.every((d) => typeof d === 'string') ? [...new Set(holidays)].sort() : holidays;
  return {
    ...old,
    version: 2,
    ...(calendar === undefined ? {} : { calendar: { ...calendar, holidays: tidied } }),
    fieldNames: isRecord(old.fieldNames) ? old.fieldNames : {},
  };
};

/** Upgrade steps by the version they upgrade from. */
const upgrades: Record<number, Upgrade> = { 1: upgradeFrom1 };

function versionOf(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null || !('version' in raw)) return null;
  return typeof raw.version === 'number' ? raw.version : null;
}

/** The stored value brought up to the current version's shape (not yet checked), or why it cannot be. */
export function upgradeToCurrent(raw: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  let current = raw;
  let version = versionOf(current);
  if (version === null) return { ok: false, message: "Keel's settings have no version number: this is not a Keel settings file, or it was edited by hand." };
  if (version > SETTINGS_VERSION) {
    return {
      ok: false,
      message: `These settings were saved by a newer Keel (settings version ${version}; this Keel reads up to ${SETTINGS_VERSION}). Update Keel on this site, or export the settings from a Keel of this version.`,
    };
  }
  while (version < SETTINGS_VERSION) {
    const upgrade = upgrades[version];
    if (!upgrade || !isRecord(current)) return { ok: false, message: `Keel cannot upgrade settings of version ${version}.` };
    current = upgrade({ ...current });
    version += 1;
  }
  return { ok: true, value: current };
}

export function migrateSettings(raw: unknown): Settings {
  const upgraded = upgradeToCurrent(raw);
  if (!upgraded.ok) throw new AppError('INVALID_SETTINGS', upgraded.message);
  const parsed = settingsSchema.safeParse(upgraded.value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`);
    throw new AppError('INVALID_SETTINGS', `Keel's stored settings are not valid: ${problems.join('; ')}. Fix them on Keel's admin page.`, { problems });
  }
  return parsed.data;
}
