/**
 * The project page's Overview: load the scope as the viewer sees it, count what is hidden from them, and
 * summarise. The viewer's reads run as the viewer; the app-level read only counts links on issues the
 * viewer was already shown.
 */
import type { OverviewResult } from '../contract';
import { dependencyRules } from '../config/dependency-rules';
import { scopeJql } from '../config/scope-jql';
import type { Settings } from '../config/settings';
import { projectOverview } from '../domain/project-overview';
import { fetchProject } from '../adapters/jira/fetch-project';
import { linkIdsByIssue } from '../adapters/jira/link-ids-by-issue';
import { searchIssues } from '../adapters/jira/search-issues';
import { fieldsToRequest, workItemFromIssue } from '../adapters/jira/work-item-from-issue';
import type { ProductRequest } from '../adapters/product-request';

export interface OverviewPorts {
  /** Jira as the viewer. */
  viewerJira: ProductRequest;
  /** Jira as the app, to count links hidden from the viewer; null where the app cannot act (the CLI with a token). */
  appJira: ProductRequest | null;
  loadSettings: () => Promise<Settings>;
}

export const OVERVIEW_MAX_ISSUES = 4000;

export async function getOverview(
  ports: OverviewPorts,
  input: { projectKey: string; asOf: string; maxIssues?: number },
): Promise<OverviewResult> {
  const settings = await ports.loadSettings();
  const project = await fetchProject(ports.viewerJira, input.projectKey);
  const jql = scopeJql(settings, project.key);
  const maxIssues = input.maxIssues ?? OVERVIEW_MAX_ISSUES;
  const search = await searchIssues(ports.viewerJira, { jql, fields: fieldsToRequest(settings), maxIssues });
  const items = search.issues.map((issue) => workItemFromIssue(issue, settings));

  let hiddenLinks: Map<string, number> | null = null;
  if (ports.appJira) {
    const withLinksSeen = new Map(search.issues.map((i) => [i.key, new Set((i.fields.issuelinks ?? []).map((l) => l.id))]));
    const all = await linkIdsByIssue(ports.appJira, [...withLinksSeen.keys()]);
    hiddenLinks = new Map(
      [...all.entries()].map(([key, ids]) => {
        const seen = withLinksSeen.get(key) ?? new Set<string>();
        return [key, [...ids].filter((id) => !seen.has(id)).length];
      }),
    );
  }

  const overview = projectOverview({
    items,
    rules: dependencyRules(settings),
    durationSource: settings.durationSource,
    hiddenLinks,
    truncatedAt: search.truncated ? maxIssues : null,
  });
  return { project: { key: project.key, name: project.name }, scopeJql: jql, asOf: input.asOf, ...overview };
}
