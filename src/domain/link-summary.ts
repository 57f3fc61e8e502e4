/**
 * Links among the items in scope counted by link type, each with how Keel reads it: a dependency rule
 * or none ("not a dependency"). O(links).
 */
import { describeRule, ruleFor, type DependencyRule, type OrientedLink } from './dependency-rule';

export interface LinkTypeCount {
  name: string;
  /** e.g. "FS (outward side first)", or null when the link type is not mapped to a dependency. */
  mappedAs: string | null;
  count: number;
}

export function linkSummary(links: readonly OrientedLink[], rules: readonly DependencyRule[]): LinkTypeCount[] {
  const counts = new Map<string, number>();
  for (const link of links) counts.set(link.linkType, (counts.get(link.linkType) ?? 0) + 1);
  return [...counts.entries()]
    .map(([name, count]) => {
      const rule = ruleFor(rules, name);
      return { name, count, mappedAs: rule ? describeRule(rule) : null };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
