/**
 * Every link among a set of work items, once: a link between two items in scope is carried by both, so
 * links are identified by their id. O(total links).
 */
import { orientLink, type OrientedLink } from './dependency-rule';
import type { WorkItem } from './work-item';

export function uniqueLinks(items: readonly WorkItem[]): OrientedLink[] {
  const byId = new Map<string, OrientedLink>();
  for (const item of items) {
    for (const link of item.links) {
      if (!byId.has(link.id)) byId.set(link.id, orientLink(item.key, link));
    }
  }
  return [...byId.values()];
}
