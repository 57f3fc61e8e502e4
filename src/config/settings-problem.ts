/**
 * One problem with a settings draft, next to the form field it concerns: `path` is the setting's dotted path
 * (`calendar.hoursPerDay`, `linkMappings.2.linkType`; '' for the whole file). Errors block saving; warnings
 * are shown and saved anyway (an issue type the site does not have yet, say).
 */
import * as z from 'zod/mini';

export const settingsProblem = z.object({ path: z.string(), message: z.string(), severity: z.enum(['error', 'warning']) });
export type SettingsProblem = z.infer<typeof settingsProblem>;

/** zod's issue path as the form's field path. */
export function problemPath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}
