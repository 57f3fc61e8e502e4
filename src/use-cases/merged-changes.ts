/**
 * What an incremental refresh reads (refresh-stored-schedule.ts): the stored issues with those Jira answers as
 * updated since the last sync (a relative JQL date, so no timezone is assumed) or as touched by a trigger (by id),
 * and without those deleted or gone from the scope. An edited issue keeps its place, so the stored chunks of the
 * others stay as they were (content-chunks.ts).
 */
import type { JiraIssue } from '../adapters/jira/jira-issue-schema';
import { searchIssues } from '../adapters/jira/search-issues';
import type { ProductRequest } from '../adapters/product-request';
import { storedIssue } from '../adapters/storage/stored-issue';

/** Minutes added to "updated since the last sync", for clock skew between Jira and the consumer. */
const SYNC_MARGIN_MINUTES = 5;

/** The stored issues with what changed since, or 'too-many' when more than `maxIssues` were updated. */
export async function mergedChanges(
  jira: ProductRequest,
  query: { jql: string; fields: string[]; since: string; now: string; maxIssues: number },
  previous: readonly JiraIssue[],
  changes: { touchedIssueIds: readonly string[]; deletedIssueIds: readonly string[] },
): Promise<JiraIssue[] | 'too-many'> {
  const minutes = Math.max(1, Math.ceil((Date.parse(query.now) - Date.parse(query.since)) / 60_000)) + SYNC_MARGIN_MINUTES;
  const updated = await searchIssues(jira, { jql: `(${query.jql}) AND updated >= "-${minutes}m"`, fields: query.fields, maxIssues: query.maxIssues });
  if (updated.truncated) return 'too-many';
  const touched: JiraIssue[] = [];
  for (let start = 0; start < changes.touchedIssueIds.length; start += 100) {
    const chunk = changes.touchedIssueIds.slice(start, start + 100);
    touched.push(...(await searchIssues(jira, { jql: `(${query.jql}) AND id in (${chunk.join(',')})`, fields: query.fields, maxIssues: chunk.length })).issues);
  }
  const byId = new Map(previous.map((i) => [i.id, i]));
  // The previous issues are stored compact already; only what Jira answered now is compacted.
  const answered = new Map([...touched, ...updated.issues].map((issue) => [issue.id, storedIssue(issue, query.fields)]));
  // A touched issue the scope no longer returns has left it (moved, or its fields no longer match).
  for (const id of [...changes.deletedIssueIds, ...changes.touchedIssueIds]) if (!answered.has(id)) byId.delete(id);
  // An edited issue keeps its place and a new one comes last, so the stored chunks of the others stay as they were (content-chunks.ts).
  for (const [id, issue] of answered) byId.set(id, issue);
  return [...byId.values()];
}
