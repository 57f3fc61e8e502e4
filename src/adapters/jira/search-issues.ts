/**
 * Issue search through `POST /rest/api/3/search/jql`, page by page with `nextPageToken` (the endpoint
 * has no `total`), stopping at `maxIssues` so a resolver stays inside Forge's fetch and time limits.
 */
import { route } from '@forge/api';
import type { ProductRequest } from '../product-request';
import { checkSearchProgress } from './search-progress';
import { searchPage, type JiraIssue } from './jira-issue-schema';

export interface SearchResult {
  issues: JiraIssue[];
  /** True when the search had more issues than `maxIssues`. */
  truncated: boolean;
}

export async function searchIssues(
  request: ProductRequest,
  query: { jql: string; fields: string[]; maxIssues: number; pageSize?: number },
): Promise<SearchResult> {
  const issues: JiraIssue[] = [];
  let nextPageToken: string | undefined;
  for (;;) {
    const page = await request(searchPage, route`/rest/api/3/search/jql`, {
      method: 'POST',
      idempotent: true,
      body: JSON.stringify({
        jql: query.jql,
        fields: query.fields,
        maxResults: Math.min(query.pageSize ?? 100, query.maxIssues - issues.length),
        ...(nextPageToken ? { nextPageToken } : {}),
      }),
    });
    checkSearchProgress(query.jql, nextPageToken, page);
    issues.push(...page.issues);
    nextPageToken = page.nextPageToken ?? undefined;
    const more = nextPageToken !== undefined && page.isLast !== true;
    if (!more) return { issues, truncated: false };
    if (issues.length >= query.maxIssues) return { issues, truncated: true };
  }
}
