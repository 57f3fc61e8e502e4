/**
 * Issue links, written on both ends as Jira does: one link id; on the outward subject ("A blocks B", on A)
 * the entry names the other issue as `outwardIssue`, on the other end ("B is blocked by A", on B) as
 * `inwardIssue`. Links come from the plans, risk treatments ("Mitigates"), decisions ("Relates",
 * "Supersedes") and sub-tasks never (Jira keeps those in `parent`).
 */
import type { Draft } from './draft';
import type { IssueLinkType, LinkTypeName } from './link-types';
import type { PlanLink, ProjectPlan } from './plan-types';

export interface DemoLink {
  id: string;
  type: LinkTypeName;
  /** The outward subject. */
  from: Draft;
  to: Draft;
}

export function demoLinks(plans: readonly ProjectPlan[], drafts: readonly Draft[]): DemoLink[] {
  const byRef = new Map(drafts.map((draft) => [draft.ref, draft]));
  const planned: PlanLink[] = plans.flatMap((plan) => [
    ...plan.links,
    ...plan.risks.flatMap((risk) => risk.mitigatedBy.map((ref): PlanLink => ({ type: 'Mitigates', from: ref, to: risk.ref }))),
    ...plan.decisions.flatMap((decision) => [
      ...decision.relatesTo.map((ref): PlanLink => ({ type: 'Relates', from: decision.ref, to: ref })),
      ...(decision.supersedes ? [{ type: 'Supersedes' as const, from: decision.ref, to: decision.supersedes }] : []),
    ]),
  ]);
  return planned.map((link, index) => {
    const from = byRef.get(link.from);
    const to = byRef.get(link.to);
    if (!from || !to) throw new Error(`plan links unknown issue ${from ? link.to : link.from}`);
    return { id: String(10_100 + index), type: link.type, from, to };
  });
}

export type LinkedIssueRef = (draft: Draft) => Record<string, unknown>;

/** The `issuelinks` entries of one issue, in link id order. */
export function issueLinksOf(
  draft: Draft,
  links: readonly DemoLink[],
  types: ReadonlyMap<LinkTypeName, IssueLinkType>,
  linkedIssue: LinkedIssueRef,
  baseUrl: string,
): Array<Record<string, unknown>> {
  const entries: Array<Record<string, unknown>> = [];
  for (const link of links) {
    const type = types.get(link.type);
    if (!type) throw new Error(`unknown link type ${link.type}`);
    const common = { id: link.id, self: `${baseUrl}/rest/api/3/issueLink/${link.id}`, type };
    if (link.from === draft) entries.push({ ...common, outwardIssue: linkedIssue(link.to) });
    if (link.to === draft) entries.push({ ...common, inwardIssue: linkedIssue(link.from) });
  }
  return entries;
}
