/**
 * One problem with a settings draft, next to the form field it concerns: `path` is the setting's dotted path
 * (`calendar.hoursPerDay`, `linkMappings.2.linkType`; '' for the whole file). Errors block saving; warnings
 * are shown and saved anyway (an issue type the site does not have yet, say).
 */
export interface SettingsProblem {
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/** zod's issue path as the form's field path. */
export function problemPath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}
