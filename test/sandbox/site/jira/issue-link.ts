/**
 * POST /rest/api/3/issueLink: links two issues. As on Jira Cloud, the request's `inwardIssue` is the subject of
 * the type's outward words ("inwardIssue blocks outwardIssue"), so on GET the inward issue lists the other as
 * `outwardIssue`. Needs BROWSE_PROJECTS on both and LINK_ISSUES on the inward issue's project (404 otherwise,
 * as the spec says); answers 201 with an empty body. A duplicate link answers 201 and adds nothing.
 */
import { z } from 'zod';
import { parseBody, type RouteContext } from '../context';
import { findVisibleIssue, hasProjectPermission } from '../permissions';
import { jiraError } from '../respond';
import type { SnapshotIssue } from '../../snapshot-schema';
import { issueSelf } from './issue-view';
import { emitJiraEvent, issueLinkEvent } from './jira-events';

const issueRef = z.looseObject({ id: z.string().optional(), key: z.string().optional() });
const linkBody = z.object({
  type: z.looseObject({ id: z.string().optional(), name: z.string().optional() }),
  inwardIssue: issueRef,
  outwardIssue: issueRef,
});

function shortRef(issue: SnapshotIssue, baseUrl: string): Record<string, unknown> {
  const { summary, status, issuetype } = issue.fields;
  return { id: issue.id, key: issue.key, self: issueSelf(baseUrl, issue.id), fields: { summary, status, issuetype } };
}

export function createIssueLink(ctx: RouteContext): Response {
  if (ctx.principal.type === 'anonymous') return jiraError(401, ['You are not authenticated. Authentication required to perform this operation.']);
  const parsed = parseBody(ctx.body, linkBody);
  if (!parsed.ok) return jiraError(400, [], parsed.problems);
  const { state, principal, baseUrl } = ctx;
  const { type: wantedType, inwardIssue, outwardIssue } = parsed.data;
  const type = state.issueLinkTypes.find((t) => t.id === wantedType.id || (wantedType.name !== undefined && t.name === wantedType.name));
  if (!type) return jiraError(404, [`No issue link type with name '${wantedType.name ?? wantedType.id ?? ''}' found.`]);
  const subject = findVisibleIssue(state, principal, inwardIssue.key ?? inwardIssue.id ?? '');
  const object = findVisibleIssue(state, principal, outwardIssue.key ?? outwardIssue.id ?? '');
  if (!subject || !object) return jiraError(404, ['Issue does not exist or you do not have permission to see it.']);
  if (!hasProjectPermission(state, principal, subject.fields.project.key, 'LINK_ISSUES')) {
    return jiraError(404, ['You do not have the permission to link issues.']);
  }
  const duplicate = (subject.fields.issuelinks ?? []).some((l) => {
    const other = z.looseObject({ type: z.looseObject({ id: z.string() }), outwardIssue: z.looseObject({ id: z.string() }) }).safeParse(l);
    return other.success && other.data.type.id === type.id && other.data.outwardIssue.id === object.id;
  });
  if (!duplicate) {
    const allIds = state.issues.flatMap((i) => (i.fields.issuelinks ?? []).map((l) => Number(z.looseObject({ id: z.string() }).safeParse(l).data?.id ?? 0)));
    const id = String(Math.max(10_000, ...allIds) + 1);
    const common = { id, self: `${baseUrl}/rest/api/3/issueLink/${id}`, type };
    subject.fields.issuelinks = [...(subject.fields.issuelinks ?? []), { ...common, outwardIssue: shortRef(object, baseUrl) }];
    object.fields.issuelinks = [...(object.fields.issuelinks ?? []), { ...common, inwardIssue: shortRef(subject, baseUrl) }];
    emitJiraEvent(state, issueLinkEvent('avi:jira:created:issuelink', { id, sourceIssueId: subject.id, destinationIssueId: object.id, type }, principal));
  }
  return new Response(null, { status: 201 });
}
