/**
 * Which items the schedule runs on (DESIGN.md section 1, "Only work is scheduled"): items of a type that is not
 * work (risks, decisions, types the admin marks) are no activity; a parent with work among its children is a
 * summary task (Microsoft Project's term) standing for its leaf descendants; every other item is an activity.
 * A parent's own estimate counts only when it has no work children. Parent cycles are cut. O(items).
 * Example: epic E > story S > sub-tasks T1, T2, and risk R under E: activities T1, T2; summaries E -> [T1, T2]
 * and S -> [T1, T2]; R is not work.
 */
import type { WorkItem } from '../work-item';

export interface WorkBreakdown {
  /** The items the schedule runs on: work with no work children, in input order. */
  activities: WorkItem[];
  /** Summary key -> its leaf descendants that are activities, in input order (never empty). */
  leavesOf: Map<string, string[]>;
  /** Keys of items that are not work: read by their own analyses, never scheduled. */
  notWork: Set<string>;
}

export function workBreakdown(items: readonly WorkItem[], isWork: (item: WorkItem) => boolean): WorkBreakdown {
  const notWork = new Set(items.filter((i) => !isWork(i)).map((i) => i.key));
  const work = items.filter((i) => !notWork.has(i.key));
  const inWork = new Set(work.map((i) => i.key));
  const parentOf = new Map<string, string>();
  for (const item of work) {
    if (item.parentKey !== null && item.parentKey !== item.key && inWork.has(item.parentKey)) parentOf.set(item.key, item.parentKey);
  }
  // A parent link that closes a cycle is ignored, so every walk up ends.
  for (const item of work) {
    const seen = new Set<string>();
    let at: string | undefined = item.key;
    while (at !== undefined && !seen.has(at)) {
      seen.add(at);
      const up = parentOf.get(at);
      if (up !== undefined && seen.has(up)) parentOf.delete(at);
      at = parentOf.get(at);
    }
  }
  const parents = new Set(parentOf.values());
  const activities = work.filter((i) => !parents.has(i.key));
  const leavesOf = new Map<string, string[]>();
  for (const leaf of activities) {
    for (let up = parentOf.get(leaf.key); up !== undefined; up = parentOf.get(up)) {
      const leaves = leavesOf.get(up);
      if (leaves) leaves.push(leaf.key);
      else leavesOf.set(up, [leaf.key]);
    }
  }
  return { activities, leavesOf, notWork };
}
