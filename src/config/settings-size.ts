/**
 * Settings are one Forge storage value, which holds at most 240 KiB of JSON counted in UTF-8 bytes (DESIGN.md
 * section 5), not in characters: 238,809 characters of accented text are 649 KB. Measured before anything is
 * stored, so an oversized save or import is a problem the admin reads, never a storage error.
 */
import type { SettingsProblem } from './settings-problem';

export const MAX_SETTINGS_BYTES = 240 * 1024;

/** UTF-8 bytes of a text. Example: utf8Bytes('é') = 2, utf8Bytes('€') = 3. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The problem when `text` (a file, or settings as JSON) is over the cap; `what` names it with its verb ("The file is"). */
export function settingsSizeProblem(text: string, what: string): SettingsProblem | null {
  const bytes = utf8Bytes(text);
  if (bytes <= MAX_SETTINGS_BYTES) return null;
  const kb = (n: number) => `${Math.ceil(n / 1024).toLocaleString('en-US')} KiB`;
  return { path: '', severity: 'error', message: `${what} ${kb(bytes)} in UTF-8, over the ${kb(MAX_SETTINGS_BYTES)} Keel can store: remove rates, mappings or field names it does not need.` };
}
