/**
 * The levelling priority of each issue, smaller first (DESIGN.md section 1, "Resource levelling"; issue #14):
 * Jira priority in the site's order (highest first; a priority not listed, or none, after every listed one), then
 * Jira's rank (LexoRank strings compare as text; no rank after every ranked issue). Slack then early start break the
 * remaining ties in the priority rule (priority-rule.ts). O(n log n).
 * Example: order [High, Low]; A Low "0|a", B High "0|c", C High "0|b" -> C 0, B 1, A 2 + ranks (B before A).
 */
import type { WorkItem } from '../work-item';

export function levellingPriority(items: readonly Pick<WorkItem, 'key' | 'priority' | 'rank'>[], order: readonly string[]): Map<string, number> {
  const ranks = [...new Set(items.flatMap((i) => (i.rank === undefined || i.rank === null ? [] : [i.rank])))].sort();
  const rankIndex = new Map(ranks.map((r, index) => [r, index]));
  const spread = ranks.length + 1;
  return new Map(
    items.map((item) => {
      const named = item.priority === undefined || item.priority === null ? -1 : order.indexOf(item.priority);
      const level = named < 0 ? order.length : named;
      const rank = item.rank === undefined || item.rank === null ? ranks.length : (rankIndex.get(item.rank) ?? ranks.length);
      return [item.key, level * spread + rank];
    }),
  );
}
