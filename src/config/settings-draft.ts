/**
 * A settings draft (from the admin form or an imported file) -> settings, or every problem at once with the
 * path of the field it concerns. Older versions are upgraded first, as stored settings are.
 */
import { upgradeToCurrent } from './migrate-settings';
import { settingsSchema, type Settings } from './settings';
import { plainMessage, problemsOf } from './plain-messages';
import type { SettingsProblem } from './settings-problem';

export type DraftCheck = { settings: Settings; problems: [] } | { settings: null; problems: SettingsProblem[] };

export function settingsFromDraft(raw: unknown): DraftCheck {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { settings: null, problems: [{ path: '', message: "Keel's settings are a JSON object: this is not a Keel settings file.", severity: 'error' }] };
  }
  const upgraded = upgradeToCurrent(raw);
  if (!upgraded.ok) return { settings: null, problems: [{ path: 'version', message: upgraded.message, severity: 'error' }] };
  const parsed = settingsSchema.safeParse(upgraded.value, { error: plainMessage });
  if (parsed.success) return { settings: parsed.data, problems: [] };
  return { settings: null, problems: problemsOf(parsed.error) };
}
