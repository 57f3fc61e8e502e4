/**
 * The scope of a RACI matrix or decision log: a project (its scope JQL from its effective settings, read as the
 * viewer, so a project the viewer cannot browse is NOT_FOUND) or a JQL filter (the site's settings), as Keel's
 * Jira tabs and the Confluence macros are configured. Every read is the viewer's.
 */
import { fetchProject } from '../adapters/jira/fetch-project';
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

const withoutOrderBy = (jql: string): string => jql.replace(/\s+order\s+by\s[\s\S]*$/i, '').trim();

/** `(scope) AND (filter)`: both sides parenthesised, so an OR in either keeps its meaning. */
export function andJql(scope: string, filter: string): string {
  return `(${scope}) AND (${withoutOrderBy(filter)})`;
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
    const settings = await ports.loadSettings(input.projectKey);
    const project = await fetchProject(ports.viewerJira, input.projectKey);
    return {
      settings,
      scope: projectScope(project),
      jql: withoutOrderBy(scopeJql(settings, project.key)),
    };
  }
  const settings = await ports.loadSettings(null);
  return { settings, scope: { projectKey: null, jql: input.jql, label: input.jql }, jql: withoutOrderBy(input.jql) };
}

/** A JQL string literal: quotes and backslashes escaped. */
export function jqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
