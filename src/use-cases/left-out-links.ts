/**
 * The links a variant of a stored schedule leaves out (issue #11; compute-outside-variant.ts): those to issues of
 * the outside projects the viewer may not browse. The variant's schedule has no edge for them, so the issue panel
 * could not count them as hidden; it is told, per issue, how many bind it, counted as the live panel counts the
 * links Jira hides (get-issue-schedule.ts): an issue's own and its parents', and for a parent its descendants' too.
 * Stored beside the variant (left-out-links-store.ts), only the issues some left-out link binds.
 */
import type { WorkItem } from '../domain/work-item';

/**
 * Per issue, the left-out links that bind it (the items are the variant's before those links are dropped). Each
 * count is memoised up the parents and down the children, so 50,000 issues cost a few passes, not one per pair.
 */
export function leftOutLinkCounts(items: readonly WorkItem[], shown: (otherKey: string) => boolean): Record<string, number> {
  const own = new Map(items.map((i) => [i.key, i.links.filter((l) => !shown(l.otherKey)).length] as const));
  const parentOf = new Map(items.map((i) => [i.key, i.parentKey]));
  const children = new Map<string, string[]>();
  for (const i of items) if (i.parentKey != null) children.set(i.parentKey, [...(children.get(i.parentKey) ?? []), i.key]);
  const bound = new Map<string, number>();
  const binding = (key: string, seen: Set<string>): number => {
    const known = bound.get(key);
    if (known !== undefined) return known;
    seen.add(key);
    const parent = parentOf.get(key);
    const n = (own.get(key) ?? 0) + (parent != null && !seen.has(parent) ? binding(parent, seen) : 0);
    bound.set(key, n);
    return n;
  };
  const below = new Map<string, number>();
  const subtree = (key: string, seen: Set<string>): number => {
    const known = below.get(key);
    if (known !== undefined) return known;
    seen.add(key);
    const n = (children.get(key) ?? []).reduce((sum, child) => sum + (seen.has(child) ? 0 : (own.get(child) ?? 0) + subtree(child, seen)), 0);
    below.set(key, n);
    return n;
  };
  const result: Record<string, number> = {};
  for (const item of items) {
    const n = binding(item.key, new Set()) + subtree(item.key, new Set());
    if (n > 0) result[item.key] = n;
  }
  return result;
}
