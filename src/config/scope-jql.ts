/** The scope JQL for a project: the settings' template with `{project}` replaced by the key. */
import type { Settings } from './settings';

export function scopeJql(settings: Settings, projectKey: string): string {
  return settings.scope.jql.replaceAll('{project}', projectKey);
}
