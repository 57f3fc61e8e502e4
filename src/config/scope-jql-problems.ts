/**
 * What is wrong with a scope JQL as Keel will run it, before Jira's parser is asked: an ORDER BY (Keel adds
 * `AND updated >= ...` and `AND id in (...)` to the scope, which Jira refuses after an ORDER BY), and, for a
 * project's own scope, a query that `project = KEY AND (...)` cannot enclose safely.
 */
import { jqlOutline } from './jql-outline';
import { scopeProblemMessage } from './scope-jql';
import type { SettingsProblem } from './settings-problem';

/** `own`: a project's own scope (enclosed in its project), else the global scope a Jira admin sets. */
export function scopeJqlProblems(jql: string, own: boolean): SettingsProblem[] {
  const { orderBy, problem } = jqlOutline(jql);
  const problems: SettingsProblem[] = [];
  if (own && problem !== null) problems.push({ path: 'scope.jql', severity: 'error', message: scopeProblemMessage(problem) });
  if (orderBy !== null) {
    problems.push({
      path: 'scope.jql',
      severity: 'error',
      message: `Remove "ORDER BY ${orderBy}": Keel adds its own conditions to the scope when it refreshes (AND updated >= ...), and Jira refuses them after an ORDER BY. Keel orders the issues itself.`,
    });
  }
  return problems;
}
