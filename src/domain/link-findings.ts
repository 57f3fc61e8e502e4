/**
 * Findings about links (DESIGN.md section 1: "Duplicate links, self-links and links to deleted issues are
 * reported, not fatal"): links leaving the scope, self-links, and two links that say the same thing.
 * Two links are duplicates when they join the same pair in the same order under the same dependency
 * (or, for unmapped types, the same type). O(links).
 */
import { dependencyEnds, ruleFor, type DependencyRule, type OrientedLink } from './dependency-rule';
import type { Finding } from './finding';
import { sortedIssueKeys } from './issue-key-order';

function words(link: OrientedLink): string {
  return `${link.outwardKey} → ${link.inwardKey} (${link.linkType})`;
}

export function linksOutsideScope(links: readonly OrientedLink[], inScope: ReadonlySet<string>): Finding | null {
  const outside = links.filter((l) => !inScope.has(l.outwardKey) || !inScope.has(l.inwardKey));
  if (outside.length === 0) return null;
  const external = sortedIssueKeys(outside.flatMap((l) => [l.outwardKey, l.inwardKey]).filter((k) => !inScope.has(k)));
  return {
    kind: 'link-outside-scope',
    severity: 'info',
    title: 'Links to issues outside the scope',
    advice: `These links reach ${external.length} issue(s) outside the scope (${external.slice(0, 10).join(', ')}${external.length > 10 ? ', …' : ''}). Keel shows them as external work; widen the scope JQL if they belong to this project's plan.`,
    issueKeys: sortedIssueKeys(outside.flatMap((l) => [l.outwardKey, l.inwardKey]).filter((k) => inScope.has(k))),
    details: outside.map(words),
    count: outside.length,
  };
}

export function selfLinks(links: readonly OrientedLink[]): Finding | null {
  const self = links.filter((l) => l.outwardKey === l.inwardKey);
  if (self.length === 0) return null;
  return {
    kind: 'self-link',
    severity: 'warning',
    title: 'Issues linked to themselves',
    advice: 'A link from an issue to itself means nothing to the plan and is ignored. Delete it in Jira.',
    issueKeys: sortedIssueKeys(self.map((l) => l.outwardKey)),
    details: self.map(words),
    count: self.length,
  };
}

export function duplicateLinks(links: readonly OrientedLink[], rules: readonly DependencyRule[]): Finding | null {
  const groups = new Map<string, OrientedLink[]>();
  for (const link of links) {
    if (link.outwardKey === link.inwardKey) continue;
    const rule = ruleFor(rules, link.linkType);
    const ends = rule ? dependencyEnds(link, rule) : { from: link.outwardKey, to: link.inwardKey };
    const key = rule ? `dependency ${rule.kind} ${ends.from} ${ends.to}` : `${link.linkType.toLowerCase()} ${ends.from} ${ends.to}`;
    groups.set(key, [...(groups.get(key) ?? []), link]);
  }
  const duplicated = [...groups.values()].filter((g) => g.length > 1);
  if (duplicated.length === 0) return null;
  return {
    kind: 'duplicate-link',
    severity: 'warning',
    title: 'Duplicate links',
    advice: 'Each group below states the same dependency more than once. Keel counts it once; delete the extra links in Jira so other tools do not count them twice.',
    issueKeys: sortedIssueKeys(duplicated.flat().flatMap((l) => [l.outwardKey, l.inwardKey])),
    details: duplicated.map((g) => g.map(words).join(' = ')),
    count: duplicated.reduce((sum, g) => sum + g.length - 1, 0),
  };
}
