/**
 * The Overview of a large scope in two parts, so it can be stored once and cut per viewer (DESIGN.md section 5):
 * what lies inside the scope (counts by type and status, links between scope issues by type, findings about
 * scope issues) and the links that leave it, kept one by one with the other end's project, because a viewer's
 * counts may include only the projects they may browse. Pure; O(items + links).
 */
import type { DependencyRule } from './dependency-rule';
import { orientLink, type OrientedLink } from './dependency-rule';
import type { DurationSource } from './duration-source';
import { linksOutsideScope } from './link-findings';
import { linkSummary } from './link-summary';
import { linksNotVisible } from './hidden-link-findings';
import { projectOverview, type ProjectOverview } from './project-overview';
import type { Finding } from './finding';
import type { WorkItem } from './work-item';

/** A link from a scope issue to one outside it. */
export interface OutsideLink extends OrientedLink {
  scopeKey: string;
  otherProjectKey: string;
}

export interface OverviewParts {
  /** The Overview over the scope's own issues and the links between them (no link leaving the scope counted). */
  inside: Omit<ProjectOverview, 'hiddenLinksChecked'>;
  outside: OutsideLink[];
  /** Scope issues per project: a viewer who lists fewer of a project's issues does not see all that was counted. */
  issuesByProject: Record<string, number>;
}

export function overviewParts(input: { items: readonly WorkItem[]; rules: readonly DependencyRule[]; durationSource: DurationSource; truncatedAt: number | null }): OverviewParts {
  const inScope = new Set(input.items.map((i) => i.key));
  const outside = new Map<string, OutsideLink>();
  const issuesByProject: Record<string, number> = {};
  for (const item of input.items) {
    issuesByProject[item.projectKey] = (issuesByProject[item.projectKey] ?? 0) + 1;
    for (const link of item.links) {
      if (!inScope.has(link.otherKey) && !outside.has(link.id)) outside.set(link.id, { ...orientLink(item.key, link), scopeKey: item.key, otherProjectKey: link.otherProjectKey });
    }
  }
  const items = input.items.map((i) => ({ ...i, links: i.links.filter((l) => inScope.has(l.otherKey)) }));
  const { issueCount, byType, linksByType, findings } = projectOverview({ items, rules: input.rules, durationSource: input.durationSource, hiddenLinks: null, truncatedAt: input.truncatedAt });
  return { inside: { issueCount, byType, linksByType, findings }, outside: [...outside.values()], issuesByProject };
}

/**
 * The Overview a viewer gets from stored parts: the inside figures as stored, and of the links leaving the
 * scope only those into projects the viewer may browse, counted by type and listed; the others are counted per
 * scope issue in a "links you cannot see" finding, never named.
 */
export function overviewForViewer(parts: Pick<OverviewParts, 'inside' | 'outside'>, rules: readonly DependencyRule[], mayBrowseProject: (projectKey: string) => boolean): ProjectOverview {
  const shown = parts.outside.filter((l) => mayBrowseProject(l.otherProjectKey));
  const hidden = new Map<string, number>();
  for (const l of parts.outside) if (!mayBrowseProject(l.otherProjectKey)) hidden.set(l.scopeKey, (hidden.get(l.scopeKey) ?? 0) + 1);
  const counts = new Map(parts.inside.linksByType.map((t) => [t.name, { ...t }]));
  for (const t of linkSummary(shown, rules)) {
    const known = counts.get(t.name);
    counts.set(t.name, known ? { ...known, count: known.count + t.count } : t);
  }
  const findings = [
    ...parts.inside.findings,
    linksOutsideScope(shown, new Set(shown.map((l) => l.scopeKey))),
    linksNotVisible(hidden),
  ].filter((f): f is Finding => f !== null);
  return {
    ...parts.inside,
    linksByType: [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    findings,
    hiddenLinksChecked: true,
  };
}
