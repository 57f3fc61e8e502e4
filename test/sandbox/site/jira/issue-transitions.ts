/**
 * GET and POST /rest/api/3/issue/{issueIdOrKey}/transitions. The sandbox has no workflows: an issue may move to
 * any status that issues of its type use on the site (its type's workflow, as the data shows it), by a global
 * transition named after the status. Transition ids are derived from the target status's id ("1" + status id),
 * so they differ from status ids as on real sites. GET lists nothing without the permission to transition (the
 * snapshot's grants have no Transition issues permission, so Edit issues stands in for it); POST answers 204,
 * 400 for a transition the issue does not have, 404 when the issue is not visible or may not be transitioned.
 */
import { z } from 'zod';
import { parseBody, type RouteContext } from '../context';
import { jiraDateTime } from '../jql/dates';
import { findVisibleIssue, hasProjectPermission } from '../permissions';
import { jiraError, json } from '../respond';
import type { Snapshot, SnapshotIssue } from '../../snapshot-schema';
import { issueNotFound } from './issue-get';
import { emitJiraEvent, issueEvent } from './jira-events';

const transitionId = (status: { id: string }): string => `1${status.id}`;

function transitionsOf(state: Snapshot, issue: SnapshotIssue) {
  const used = new Set(state.issues.filter((i) => i.fields.issuetype.name === issue.fields.issuetype.name).map((i) => i.fields.status.name));
  return state.statuses
    .filter((s) => used.has(s.name) && s.name !== issue.fields.status.name)
    .map((to) => ({ id: transitionId(to), name: to.name, to, hasScreen: false, isGlobal: true, isInitial: false, isAvailable: true, isConditional: false, isLooped: false }));
}

const mayTransition = (ctx: RouteContext, issue: SnapshotIssue): boolean => hasProjectPermission(ctx.state, ctx.principal, issue.fields.project.key, 'EDIT_ISSUES');

export function getTransitions(ctx: RouteContext): Response {
  const issue = findVisibleIssue(ctx.state, ctx.principal, ctx.params.issueIdOrKey ?? '');
  if (!issue) return issueNotFound();
  return json(200, { transitions: mayTransition(ctx, issue) ? transitionsOf(ctx.state, issue) : [] });
}

const transitionBody = z.looseObject({ transition: z.looseObject({ id: z.string() }) });

export function doTransition(ctx: RouteContext): Response {
  if (ctx.principal.type === 'anonymous') return jiraError(401, ['You are not authenticated. Authentication required to perform this operation.']);
  const issue = findVisibleIssue(ctx.state, ctx.principal, ctx.params.issueIdOrKey ?? '');
  if (!issue || !mayTransition(ctx, issue)) return issueNotFound();
  const parsed = parseBody(ctx.body, transitionBody);
  if (!parsed.ok) return jiraError(400, [], parsed.problems);
  const transition = transitionsOf(ctx.state, issue).find((t) => t.id === parsed.data.transition.id);
  if (!transition) return jiraError(400, [`Transition id '${parsed.data.transition.id}' is not valid for this issue.`]);
  const from = issue.fields.status;
  issue.fields.status = transition.to;
  issue.fields.updated = jiraDateTime(ctx.now());
  const names = (status: unknown) => z.looseObject({ name: z.string() }).safeParse(status).data?.name ?? null;
  emitJiraEvent(ctx.state, issueEvent('avi:jira:updated:issue', issue, ctx.principal, { items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', fromString: names(from), toString: names(transition.to) }] }));
  return new Response(null, { status: 204 });
}
