/**
 * Links the viewer cannot follow: Jira leaves a link out of an issue when the viewer may not browse the
 * other end, so the count comes from comparing the viewer's links with the complete set. Only counts are
 * shown; the hidden issues themselves are never named.
 */
import type { Finding } from './finding';
import { sortedIssueKeys } from './issue-key-order';

export function linksNotVisible(hiddenByKey: ReadonlyMap<string, number>): Finding | null {
  const entries = [...hiddenByKey.entries()].filter(([, n]) => n > 0);
  if (entries.length === 0) return null;
  const keys = sortedIssueKeys(entries.map(([k]) => k));
  const count = entries.reduce((sum, [, n]) => sum + n, 0);
  return {
    kind: 'link-not-visible',
    severity: 'warning',
    title: 'Links to issues you cannot see',
    advice: 'These issues are linked to issues in projects you may not browse. Keel leaves those links out of your view, so dependencies may be missing; ask a Jira admin for access if they matter to your plan.',
    issueKeys: keys,
    details: keys.map((k) => `${k}: ${hiddenByKey.get(k) ?? 0} link(s) you cannot see`),
    count,
  };
}
