/**
 * A JQL search whose later pages are read a few at once: the first page (100 issues with their fields) as
 * `searchIssues` reads it; when there is more, every key at once (5,000 a page, searchIssueKeys) and the issues
 * not yet read by key, 100 to a query, a few queries in flight (searchByKeys). Jira's `nextPageToken` makes the
 * plain search one page after another: 1,220 epics took 13 round trips, now 1 + 12 / 6 = 3 (the first page and the
 * key list together). Issues keep the search's order; one that goes between the two reads is left out, one that
 * comes is read.
 */
import type { ProductRequest } from '../product-request';
import type { JiraIssue } from './jira-issue-schema';
import { searchByKeys } from './search-by-keys';
import { searchIssueKeys } from './search-issue-keys';
import { searchIssues, type SearchResult } from './search-issues';

const FIRST_PAGE = 100;

export async function searchIssuesAtOnce(request: ProductRequest, query: { jql: string; fields: string[]; maxIssues: number }): Promise<SearchResult> {
  // The key list is asked with the first page, not after it: one round trip fewer on a long search, one cheap
  // request (keys only) more, unused, on a short one. Its failure is heard only when it is used.
  const listing = query.maxIssues > FIRST_PAGE ? searchIssueKeys(request, { jql: query.jql, maxIssues: query.maxIssues }) : null;
  listing?.catch(() => undefined);
  const first = await searchIssues(request, { ...query, maxIssues: Math.min(query.maxIssues, FIRST_PAGE) });
  if (!first.truncated || listing === null) return first;
  const listed = await listing;
  const read = new Map<string, JiraIssue>(first.issues.map((issue) => [issue.key, issue]));
  const rest = await searchByKeys(
    listed.keys.filter((key) => !read.has(key)),
    async (jql, count) => (await searchIssues(request, { jql, fields: query.fields, maxIssues: count })).issues,
  );
  for (const issue of rest.found) read.set(issue.key, issue);
  return { issues: listed.keys.flatMap((key) => read.get(key) ?? []), truncated: listed.truncated };
}
