/**
 * How a link type becomes a dependency (DESIGN.md section 1, "Dependency graph"): which side is the
 * predecessor, the kind (FS, SS, FF, SF) and a lag in working days.
 * Example: with { linkType: 'Blocks', predecessor: 'outward' }, "PAY-1 blocks PAY-2" makes PAY-1 the predecessor.
 */
import type { ItemLink } from './work-item';

export type DependencyKind = 'FS' | 'SS' | 'FF' | 'SF';

export interface DependencyRule {
  linkType: string;
  predecessor: 'outward' | 'inward';
  kind: DependencyKind;
  lagDays: number;
}

/** A link with its two ends named: the subject of the link type's outward words, and its object. */
export interface OrientedLink {
  id: string;
  linkType: string;
  outwardKey: string;
  inwardKey: string;
}

export function orientLink(holderKey: string, link: ItemLink): OrientedLink {
  return link.direction === 'outward'
    ? { id: link.id, linkType: link.linkType, outwardKey: holderKey, inwardKey: link.otherKey }
    : { id: link.id, linkType: link.linkType, outwardKey: link.otherKey, inwardKey: holderKey };
}

/** Link type names compare the way Jira's JQL compares them: case-insensitively, trimmed. */
export function ruleFor(rules: readonly DependencyRule[], linkType: string): DependencyRule | undefined {
  const wanted = linkType.trim().toLowerCase();
  return rules.find((rule) => rule.linkType.trim().toLowerCase() === wanted);
}

/** The predecessor and successor keys of a link under `rule`. */
export function dependencyEnds(link: OrientedLink, rule: DependencyRule): { from: string; to: string } {
  return rule.predecessor === 'outward'
    ? { from: link.outwardKey, to: link.inwardKey }
    : { from: link.inwardKey, to: link.outwardKey };
}

export function describeRule(rule: DependencyRule): string {
  const lag = rule.lagDays === 0 ? '' : ` ${rule.lagDays > 0 ? '+' : ''}${rule.lagDays}d lag`;
  const side = rule.predecessor === 'outward' ? 'outward side first' : 'inward side first';
  return `${rule.kind}${lag} (${side})`;
}
