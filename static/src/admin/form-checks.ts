/**
 * The checks the form makes before anything is sent: the back end's own settings schema (src/config/settings.ts,
 * zod/mini), in the plain words the back end gives (src/config/plain-messages.ts), all at once. The back end
 * checks again, and checks the draft against the site too.
 */
import type { Settings, SettingsProblem } from '@contract';
import { plainMessage, problemsOf } from '../../../src/config/plain-messages';
import { settingsSchema } from '../../../src/config/settings';

/** Every problem the form can see by itself, with the setting's path. */
export function formProblems(settings: Settings): SettingsProblem[] {
  const result = settingsSchema.safeParse(settings, { error: plainMessage });
  return result.success ? [] : problemsOf(result.error);
}

/** Value at a dotted settings path (`linkMappings.2.lagDays`), as JSON to compare; undefined when absent. */
function valueAt(settings: unknown, path: string): string | undefined {
  let value: unknown = settings;
  for (const part of path === '' ? [] : path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = Reflect.get(value, part);
  }
  return value === undefined ? undefined : JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' && Number.isNaN(v) ? 'NaN' : v));
}

/**
 * The back end's problems still true of the edited draft: a problem goes as soon as its field changes (the form
 * re-checks what it can at once; the back end re-checks the rest on preview or save). A whole-file problem ('') stays.
 */
export function problemsAfterEdit<P extends { path: string }>(problems: readonly P[], before: Settings, after: Settings): P[] {
  return problems.filter((p) => p.path === '' || valueAt(before, p.path) === valueAt(after, p.path));
}
