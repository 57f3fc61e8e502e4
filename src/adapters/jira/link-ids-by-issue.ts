/**
 * The ids of every link on the given issues, as the asking principal sees them. Run as the app for issues
 * the viewer has already been shown, it reveals how many of their links the viewer's own view lacks.
 */
import { searchIssues } from './search-issues';
import type { ProductRequest } from '../product-request';

const CHUNK = 100;

export async function linkIdsByIssue(request: ProductRequest, keys: readonly string[]): Promise<Map<string, Set<string>>> {
  const result = new Map<string, Set<string>>();
  for (let start = 0; start < keys.length; start += CHUNK) {
    const chunk = keys.slice(start, start + CHUNK);
    const { issues } = await searchIssues(request, {
      jql: `key in (${chunk.join(',')})`,
      fields: ['issuelinks'],
      maxIssues: chunk.length,
    });
    for (const issue of issues) {
      result.set(issue.key, new Set((issue.fields.issuelinks ?? []).map((l) => l.id)));
    }
  }
  return result;
}
