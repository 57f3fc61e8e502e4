/**
 * Work items as a viewer outside every issue security level sees them: the issues under a level left out, and
 * the links to them (Jira shows nobody a link to an issue they may not see). `levelOf` maps an issue key to
 * its level; a key it does not name (an issue under no level, or outside the scope) is kept.
 */
import type { WorkItem } from '../domain/work-item';

export function itemsWithoutLevels(items: readonly WorkItem[], levelOf: ReadonlyMap<string, string>, keep: readonly string[] = []): WorkItem[] {
  const kept = (key: string) => {
    const level = levelOf.get(key);
    return level === undefined || keep.includes(level);
  };
  return items.filter((i) => kept(i.key)).map((i) => ({ ...i, links: i.links.filter((l) => kept(l.otherKey)) }));
}
