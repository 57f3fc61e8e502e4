/**
 * The scope JQL for a project: the settings' template with `{project}` replaced by the key, without its
 * ORDER BY (Keel adds clauses such as `AND updated >= ...`, which Jira refuses after an ORDER BY).
 */
import { jqlOutline } from './jql-outline';
import type { Settings } from './settings';

export function scopeJql(settings: Settings, projectKey: string): string {
  return jqlOutline(settings.scope.jql.replaceAll('{project}', projectKey)).condition;
}

/** Why Keel refuses a project's own scope JQL, for the settings page and for a refresh of stored settings. */
export const scopeProblemMessage = (problem: string): string =>
  `Keel cannot use this scope JQL: ${problem}. Keel runs a project's own scope as project = KEY AND (your query), so the query must stand on its own inside parentheses.`;
