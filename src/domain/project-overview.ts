/**
 * The Overview of a project: issues in scope by type and status, links by type, and the data-quality
 * findings that weaken later analyses. Pure; O(items + links).
 */
import type { DependencyRule } from './dependency-rule';
import type { DurationSource } from './duration-source';
import { missingEstimates } from './estimate-findings';
import type { Finding } from './finding';
import { linksNotVisible } from './hidden-link-findings';
import { duplicateLinks, linksOutsideScope, selfLinks } from './link-findings';
import { linkSummary, type LinkTypeCount } from './link-summary';
import { scopeSummary, type TypeStatusCount } from './scope-summary';
import { uniqueLinks } from './unique-links';
import type { WorkItem } from './work-item';

export interface OverviewInput {
  items: readonly WorkItem[];
  rules: readonly DependencyRule[];
  durationSource: DurationSource;
  /** False for items that are not work (risks, decisions): never "without an estimate". Absent: every item is work. */
  isWork?: (item: WorkItem) => boolean;
  /** Per in-scope issue, how many of its links the viewer cannot see; null when that was not checked. */
  hiddenLinks: ReadonlyMap<string, number> | null;
  /** Set when the scope held more issues than were analysed. */
  truncatedAt: number | null;
}

export interface ProjectOverview {
  issueCount: number;
  byType: TypeStatusCount[];
  linksByType: LinkTypeCount[];
  findings: Finding[];
  hiddenLinksChecked: boolean;
}

function truncation(limit: number): Finding {
  return {
    kind: 'scope-truncated',
    severity: 'warning',
    title: 'Only part of the scope was analysed',
    advice: `The scope holds more than ${limit} issues; the figures cover the first ${limit} in key order. Narrow the scope JQL in Keel's settings.`,
    issueKeys: [],
    details: [],
    count: 1,
  };
}

export function projectOverview(input: OverviewInput): ProjectOverview {
  const inScope = new Set(input.items.map((i) => i.key));
  const links = uniqueLinks(input.items);
  const findings = [
    input.truncatedAt === null ? null : truncation(input.truncatedAt),
    missingEstimates(input.items, input.durationSource, input.isWork),
    linksOutsideScope(links, inScope),
    input.hiddenLinks ? linksNotVisible(input.hiddenLinks) : null,
    duplicateLinks(links, input.rules),
    selfLinks(links),
  ].filter((f): f is Finding => f !== null);
  return {
    issueCount: input.items.length,
    byType: scopeSummary(input.items),
    linksByType: linkSummary(links, input.rules),
    findings,
    hiddenLinksChecked: input.hiddenLinks !== null,
  };
}
