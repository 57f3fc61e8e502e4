/**
 * The ids of every link on the given issues, and the keys of their sub-tasks, as the asking principal sees them.
 * Run as the app for issues the viewer has already been shown, it reveals how many of their links, and which of
 * their sub-tasks, the viewer's own view lacks.
 */
import { searchIssues } from './search-issues';
import type { ProductRequest } from '../product-request';

const CHUNK = 100;

export async function linkIdsByIssue(request: ProductRequest, keys: readonly string[], subtasks?: Map<string, string[]>): Promise<Map<string, Set<string>>> {
  const result = new Map<string, Set<string>>();
  for (let start = 0; start < keys.length; start += CHUNK) {
    const chunk = keys.slice(start, start + CHUNK);
    const { issues } = await searchIssues(request, {
      jql: `key in (${chunk.join(',')})`,
      fields: subtasks ? ['issuelinks', 'subtasks'] : ['issuelinks'],
      maxIssues: chunk.length,
    });
    for (const issue of issues) {
      result.set(issue.key, new Set((issue.fields.issuelinks ?? []).map((l) => l.id)));
      const children = issue.fields.subtasks ?? [];
      if (subtasks && children.length > 0) subtasks.set(issue.key, children.map((c) => c.key));
    }
  }
  return result;
}
