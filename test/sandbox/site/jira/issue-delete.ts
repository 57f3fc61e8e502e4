/**
 * DELETE /rest/api/3/issue/{issueIdOrKey} and DELETE /rest/api/3/issueLink/{linkId}, answering 204 as Jira
 * Cloud does, and firing `avi:jira:deleted:issue` / `avi:jira:deleted:issuelink` (jira-events.ts). Deleting an
 * issue removes its links from the issues at their other ends. The demo grants no "Delete issues" permission,
 * so Edit issues stands in for it (as for transitions); deleting a link needs Link issues on its source's project.
 */
import { z } from 'zod';
import type { RouteContext } from '../context';
import { findVisibleIssue, hasProjectPermission } from '../permissions';
import { jiraError } from '../respond';
import type { SnapshotIssue } from '../../snapshot-schema';
import { issueNotFound } from './issue-get';
import { emitJiraEvent, issueEvent, issueLinkEvent } from './jira-events';

const link = z.looseObject({
  id: z.string(),
  type: z.looseObject({ id: z.string(), name: z.string(), inward: z.string().optional(), outward: z.string().optional() }),
  outwardIssue: z.looseObject({ id: z.string() }).optional(),
  inwardIssue: z.looseObject({ id: z.string() }).optional(),
});

const linksOf = (issue: SnapshotIssue) => (issue.fields.issuelinks ?? []).flatMap((l) => {
  const parsed = link.safeParse(l);
  return parsed.success ? [parsed.data] : [];
});

function withoutLink(issue: SnapshotIssue, linkId: string): void {
  issue.fields.issuelinks = (issue.fields.issuelinks ?? []).filter((l) => link.safeParse(l).data?.id !== linkId);
}

export function deleteIssue(ctx: RouteContext): Response {
  if (ctx.principal.type === 'anonymous') return jiraError(401, ['You are not authenticated. Authentication required to perform this operation.']);
  const issue = findVisibleIssue(ctx.state, ctx.principal, ctx.params.issueIdOrKey ?? '');
  if (!issue) return issueNotFound();
  if (!hasProjectPermission(ctx.state, ctx.principal, issue.fields.project.key, 'EDIT_ISSUES')) {
    return jiraError(403, ['You do not have permission to delete issues in this project.']);
  }
  for (const l of linksOf(issue)) {
    const otherId = l.outwardIssue?.id ?? l.inwardIssue?.id;
    const other = ctx.state.issues.find((i) => i.id === otherId);
    if (other) withoutLink(other, l.id);
  }
  ctx.state.issues.splice(ctx.state.issues.indexOf(issue), 1);
  emitJiraEvent(ctx.state, issueEvent('avi:jira:deleted:issue', issue, ctx.principal));
  return new Response(null, { status: 204 });
}

export function deleteIssueLink(ctx: RouteContext): Response {
  if (ctx.principal.type === 'anonymous') return jiraError(401, ['You are not authenticated. Authentication required to perform this operation.']);
  const linkId = ctx.params.linkId ?? '';
  // The side that lists the other as `outwardIssue` is the link's source (its outward words' subject).
  const source = ctx.state.issues.find((i) => linksOf(i).some((l) => l.id === linkId && l.outwardIssue !== undefined));
  const found = source ? linksOf(source).find((l) => l.id === linkId) : undefined;
  const target = ctx.state.issues.find((i) => i.id === found?.outwardIssue?.id);
  if (!source || !found || !target || !findVisibleIssue(ctx.state, ctx.principal, source.id) || !findVisibleIssue(ctx.state, ctx.principal, target.id)) {
    return jiraError(404, ['No issue link with ID ' + linkId + ' exists.']);
  }
  if (!hasProjectPermission(ctx.state, ctx.principal, source.fields.project.key, 'LINK_ISSUES')) {
    return jiraError(403, ['You do not have the permission to link issues.']);
  }
  withoutLink(source, linkId);
  withoutLink(target, linkId);
  emitJiraEvent(ctx.state, issueLinkEvent('avi:jira:deleted:issuelink', { id: linkId, sourceIssueId: source.id, destinationIssueId: target.id, type: found.type }, ctx.principal));
  return new Response(null, { status: 204 });
}
