/**
 * Issues in scope counted by type, by status category and by status. O(n) in the items.
 * Types are ordered by count (largest first), then by name, so the busiest kinds of work lead.
 */
import type { StatusCategory, WorkItem } from './work-item';

export interface TypeStatusCount {
  type: string;
  total: number;
  byStatusCategory: Record<StatusCategory, number>;
  byStatus: { name: string; count: number }[];
}

export function scopeSummary(items: readonly WorkItem[]): TypeStatusCount[] {
  const byType = new Map<string, { total: number; categories: Record<StatusCategory, number>; statuses: Map<string, number> }>();
  for (const item of items) {
    let entry = byType.get(item.type);
    if (!entry) {
      entry = { total: 0, categories: { todo: 0, inProgress: 0, done: 0 }, statuses: new Map() };
      byType.set(item.type, entry);
    }
    entry.total += 1;
    entry.categories[item.statusCategory] += 1;
    entry.statuses.set(item.status, (entry.statuses.get(item.status) ?? 0) + 1);
  }
  return [...byType.entries()]
    .map(([type, e]) => ({
      type,
      total: e.total,
      byStatusCategory: e.categories,
      byStatus: [...e.statuses.entries()]
        .map(([name, count]) => ({ name, count }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    }))
    .sort((a, b) => b.total - a.total || a.type.localeCompare(b.type));
}
