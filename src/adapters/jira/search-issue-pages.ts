/**
 * Up to `maxPages` pages of a JQL search (`POST /rest/api/3/search/jql`, 100 issues a page), from a
 * `nextPageToken` when one is given, answering the token to go on from: so a long read can be split over
 * several invocations, each inside Forge's 100 product fetches (DESIGN.md section 5).
 */
import { route } from '@forge/api';
import type { ProductRequest } from '../product-request';
import { checkSearchProgress } from './search-progress';
import { searchPage, type JiraIssue } from './jira-issue-schema';

export async function searchIssuePages(
  request: ProductRequest,
  query: { jql: string; fields: string[]; maxPages: number; pageToken?: string },
): Promise<{ issues: JiraIssue[]; nextPageToken: string | null }> {
  const issues: JiraIssue[] = [];
  let nextPageToken = query.pageToken;
  for (let pages = 0; pages < query.maxPages; pages++) {
    const page = await request(searchPage, route`/rest/api/3/search/jql`, {
      method: 'POST',
      idempotent: true,
      body: JSON.stringify({ jql: query.jql, fields: query.fields, maxResults: 100, ...(nextPageToken ? { nextPageToken } : {}) }),
    });
    checkSearchProgress(query.jql, nextPageToken, page);
    issues.push(...page.issues);
    nextPageToken = page.nextPageToken ?? undefined;
    if (nextPageToken === undefined || page.isLast === true) return { issues, nextPageToken: null };
  }
  return { issues, nextPageToken: nextPageToken ?? null };
}
