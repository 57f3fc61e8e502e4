/**
 * The scope of a RACI matrix or decision log: a project (its scope JQL from its effective settings, read as the
 * viewer, so a project the viewer cannot browse is NOT_FOUND) or a JQL filter (the site's settings), as Keel's
 * Jira tabs and the Confluence macros are configured. Every read is the viewer's.
 */
import { fetchProject } from '../adapters/jira/fetch-project';
import { confinedJql, jqlClauseProblem, jqlWithoutOrderBy } from '../adapters/jira/jql-clause';
import type { ProductRequest } from '../adapters/product-request';
import { scopeJql } from '../config/scope-jql';
import type { Settings } from '../config/settings';
import { AppError } from '../app-error';
import type { ReportScope } from '../contract/report-scope';

export interface ReportPorts {
  /** Jira as the viewer. */
  viewerJira: ProductRequest;
  /** A project's effective settings; null: the site's own settings (a JQL scope has no project). */
  loadSettings: (projectKey: string | null) => Promise<Settings>;
}

export type ReportScopeInput = { projectKey: string } | { jql: string };

export interface LoadedReportScope {
  settings: Settings;
  scope: ReportScope;
  /** The scope's JQL without ORDER BY, ready to be combined with AND. */
  jql: string;
}

/** `(scope) AND (filter)`, each side checked by tokens so that neither can leave its parentheses (jql-clause). */
export function andJql(scope: string, filter: string): string {
  return confinedJql(scope, jqlWithoutOrderBy(filter));
}

/** A project's scope as every answer names it: "Payments (PAY)". */
export function projectScope(project: { key: string; name: string }): ReportScope {
  return { projectKey: project.key, jql: null, label: `${project.name} (${project.key})` };
}

/** The project of a view that shows one project only (`what`: "The risk register macro"), never a JQL filter. */
export function projectOnly(input: ReportScopeInput, what: string): string {
  if ('projectKey' in input) return input.projectKey;
  throw new AppError('BAD_REQUEST', `${what} shows one project, not a JQL filter: edit the macro and pick a project.`);
}

export async function loadReportScope(ports: ReportPorts, input: ReportScopeInput): Promise<LoadedReportScope> {
  if ('projectKey' in input) {
    // Neither read needs the other: both at once, one round trip to Jira sooner.
    const [settings, project] = await Promise.all([ports.loadSettings(input.projectKey), fetchProject(ports.viewerJira, input.projectKey)]);
    return {
      settings,
      scope: projectScope(project),
      jql: jqlWithoutOrderBy(scopeJql(settings, project.key)),
    };
  }
  const jql = jqlWithoutOrderBy(input.jql);
  const problem = jqlClauseProblem(jql);
  if (problem !== null) throw new AppError('BAD_REQUEST', `The JQL filter "${input.jql}" cannot be combined with Keel's own conditions: ${problem}. Edit the macro's JQL.`);
  const settings = await ports.loadSettings(null);
  return { settings, scope: { projectKey: null, jql: input.jql, label: input.jql }, jql };
}

/** A JQL string literal: quotes and backslashes escaped. */
export function jqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
