/**
 * Links to issues Jira no longer names (deleted, moved to another key, or not readable any more): the links are
 * left out of the analysis, and one finding names the issues in scope that had them. The unreadable issues
 * themselves are never named: one may be restricted, and its key alone would tell that it exists. O(links).
 */
import type { Finding } from './finding';
import { sortedIssueKeys } from './issue-key-order';
import type { WorkItem } from './work-item';

export function unreadableLinkFindings(items: readonly WorkItem[], unreadable: ReadonlySet<string>): Finding[] {
  if (unreadable.size === 0) return [];
  const counts = new Map<string, number>();
  for (const item of items) {
    const n = item.links.filter((l) => unreadable.has(l.otherKey)).length;
    if (n > 0) counts.set(item.key, n);
  }
  const issueKeys = sortedIssueKeys([...counts.keys()]);
  if (issueKeys.length === 0) return [];
  return [
    {
      kind: 'link-not-visible',
      severity: 'warning',
      title: 'Links to issues Jira no longer finds',
      advice: `${unreadable.size} linked issue(s) were deleted, moved to another key, or can no longer be read by Keel, so their links are left out of this analysis. Check the links of the issues listed and link the work that replaced them.`,
      issueKeys,
      details: issueKeys.map((k) => `${k}: ${counts.get(k) ?? 0} link(s) to an issue Jira no longer finds`),
      count: [...counts.values()].reduce((a, b) => a + b, 0),
    },
  ];
}
