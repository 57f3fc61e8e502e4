/**
 * The issues in a project's scope as the viewer sees them, with the settings that read them and, where
 * the app may act, how many of their links are hidden from the viewer. Shared by every project analysis.
 * Viewer reads run as the viewer; the app-level read only counts links on issues the viewer was shown.
 */
import type { JiraProject } from '../adapters/jira/fetch-project';
import { linkIdsByIssue } from '../adapters/jira/link-ids-by-issue';
import { searchByKeys } from '../adapters/jira/search-by-keys';
import { searchIssues } from '../adapters/jira/search-issues';
import type { JiraIssue } from '../adapters/jira/jira-issue-schema';
import { fieldsToRequest, workItemFromIssue } from '../adapters/jira/work-item-from-issue';
import type { ProductRequest } from '../adapters/product-request';
import { scopeJql } from '../config/scope-jql';
import type { Settings } from '../config/settings';
import type { WorkItem } from '../domain/work-item';
import { viewerProject, type InvocationMemo } from './invocation-memo';

export interface ScopePorts {
  /** Jira as the viewer. */
  viewerJira: ProductRequest;
  /** Jira as the app, to count links hidden from the viewer; null where the app cannot act (the CLI with a token). */
  appJira: ProductRequest | null;
  /**
   * Where Jira is not read as the app (`appJira` null: the Confluence macros), the app's count of a JQL query, only
   * ever compared with the viewer's own (viewer-levels.ts: do they see all of it?), never shown nor used to read
   * more; null when the app could not count. Absent: nothing is counted as the app.
   */
  appCountToCompare?: (jql: string) => Promise<number | null>;
  /** The settings the project's analyses use (its effective settings: the global ones with its overrides). */
  loadSettings: (projectKey: string) => Promise<Settings>;
  /** What this invocation already asked about the viewer's access (invocation-memo.ts); absent, each question is asked. */
  memo?: InvocationMemo;
}

export interface Scope {
  settings: Settings;
  project: JiraProject;
  jql: string;
  items: WorkItem[];
  truncatedAt: number | null;
  hiddenLinks: Map<string, number> | null;
  /**
   * The issue security level id of each item under one (keyed by issue key), as the search returned it. Read
   * as the app (snapshots), it tells which figures a viewer outside a level may be shown (snapshot-analyses.ts).
   * Absent where the issues were not read with the `security` field.
   */
  securityLevels?: ReadonlyMap<string, string>;
  /** Issues whose sub-tasks are all hidden from the viewer, with how many; absent where the app cannot act. */
  hiddenChildren?: Map<string, number>;
  /**
   * Read as the app for viewers outside a security level (issue #11): the linked issues outside the scope that
   * are under a level are left out as if Jira would not name them, as it would not to such a viewer.
   */
  dropSecuredOutside?: boolean;
  /**
   * The linked issues outside the scope as the consumer read them for this analysis (outside-issues.ts): read from
   * here instead of Jira, so a variant of the stored schedule is computed from the same inputs (issue #11).
   */
  storedOutside?: readonly JiraIssue[];
}

/** Fits Forge's 100 product fetches per invocation: 40 pages as the viewer, 40 as the app, and a few more. */
export const MAX_SCOPE_ISSUES = 4000;

export async function loadScope(ports: ScopePorts, projectKey: string, maxIssues = MAX_SCOPE_ISSUES): Promise<Scope> {
  const settings = await ports.loadSettings(projectKey);
  // Read once per invocation: the caller has often read it to choose this path (invocation-memo.ts).
  const project = await viewerProject(ports, projectKey);
  const jql = scopeJql(settings, project.key);
  const search = await searchIssues(ports.viewerJira, { jql, fields: fieldsToRequest(settings), maxIssues });
  const items = search.issues.map((issue) => workItemFromIssue(issue, settings));

  let hiddenLinks: Map<string, number> | null = null;
  const hiddenChildren = new Map<string, number>();
  if (ports.appJira) {
    const seen = new Map(search.issues.map((i) => [i.key, new Set((i.fields.issuelinks ?? []).map((l) => l.id))]));
    const subtasks = new Map<string, string[]>();
    const all = await linkIdsByIssue(ports.appJira, [...seen.keys()], subtasks);
    hiddenLinks = new Map(
      [...all.entries()].map(([key, ids]) => [key, [...ids].filter((id) => !(seen.get(key)?.has(id) ?? false)).length]),
    );
    // A parent the viewer sees none of whose sub-tasks they may see: scheduled on an assumption (summary-findings.ts).
    for (const [key, children] of subtasks) if (!children.some((k) => seen.has(k))) hiddenChildren.set(key, children.length);
  }
  const securityLevels = new Map(search.issues.flatMap((i) => (i.fields.security ? [[i.key, i.fields.security.id] as const] : [])));
  return { settings, project, jql, items, truncatedAt: search.truncated ? maxIssues : null, hiddenLinks, securityLevels, ...(ports.appJira ? { hiddenChildren } : {}) };
}

/**
 * Issues outside the scope that items link to, as the viewer sees them (summary, status, dates), and the keys
 * Jira would not name (deleted, moved away, or not readable): those drop out of the analysis with a finding.
 */
export async function loadLinkedOutside(
  ports: ScopePorts,
  scope: Scope,
  keys: readonly string[],
): Promise<{ items: WorkItem[]; unreadable: string[]; levels: { key: string; projectKey: string; level: string }[]; issues: JiraIssue[] }> {
  const inScope = new Set(scope.items.map((i) => i.key));
  const wanted = [...new Set(keys)].filter((k) => !inScope.has(k));
  const fields = fieldsToRequest(scope.settings);
  const read = scope.storedOutside ? fromStored(scope.storedOutside, wanted) : await searchByKeys(wanted, async (jql, count) => (await searchIssues(ports.viewerJira, { jql, fields, maxIssues: count })).issues);
  const levels = read.found.flatMap((i) => (i.fields.security ? [{ key: i.key, projectKey: i.key.slice(0, i.key.lastIndexOf('-')), level: i.fields.security.id }] : []));
  const secured = new Set(scope.dropSecuredOutside ? levels.map((l) => l.key) : []);
  const found = read.found.filter((i) => !secured.has(i.key));
  return { items: found.map((issue) => workItemFromIssue(issue, scope.settings)), unreadable: [...read.unreadable, ...secured], levels, issues: read.found };
}

/** The wanted keys from the issues stored with the analysis; one not there was not found when it was read. */
function fromStored(stored: readonly JiraIssue[], wanted: readonly string[]): { found: JiraIssue[]; unreadable: string[] } {
  const byKey = new Map(stored.map((i) => [i.key, i]));
  return { found: wanted.flatMap((k) => byKey.get(k) ?? []), unreadable: wanted.filter((k) => !byKey.has(k)) };
}
