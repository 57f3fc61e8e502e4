/**
 * POST /rest/api/3/issue (minimal): project, issuetype, summary, optional description (ADF), parent and any
 * field the site knows (user fields given by accountId are stored as the full user, as Jira answers them; the
 * status is the issue type's initial one). Answers 201 `{ id, key, self }`, or 400 with every problem in `errors` keyed by
 * field, as Jira does. Needs BROWSE_PROJECTS and CREATE_ISSUES in the project.
 */
import { z } from 'zod';
import { parseBody, type RouteContext } from '../context';
import { jiraDateTime } from '../jql/dates';
import { findVisibleIssue, findVisibleProject, hasProjectPermission } from '../permissions';
import { jiraError, json } from '../respond';
import { issueSelf } from './issue-view';
import { initialStatus, userFieldValue } from './issue-create-values';
import { emitJiraEvent, issueEvent } from './jira-events';

const ref = z.looseObject({ id: z.string().optional(), key: z.string().optional(), name: z.string().optional() });

const createBody = z.object({
  fields: z.looseObject({
    project: ref.optional(),
    issuetype: ref.optional(),
    summary: z.string().optional(),
    description: z.looseObject({ type: z.literal('doc'), version: z.number(), content: z.array(z.unknown()) }).nullable().optional(),
    parent: ref.optional(),
  }),
  update: z.record(z.string(), z.unknown()).optional(),
});

const builtIn = new Set(['project', 'issuetype', 'summary', 'description', 'parent']);

export function createIssue(ctx: RouteContext): Response {
  if (ctx.principal.type === 'anonymous') return jiraError(401, ['You are not authenticated. Authentication required to perform this operation.']);
  const parsed = parseBody(ctx.body, createBody);
  if (!parsed.ok) return jiraError(400, [], parsed.problems);
  const { fields } = parsed.data;
  const { state, principal } = ctx;
  const errors: Record<string, string> = {};
  const project = findVisibleProject(state, principal, fields.project?.key ?? fields.project?.id ?? '');
  if (!project) errors.project = 'valid project is required';
  else if (!hasProjectPermission(state, principal, project.key, 'CREATE_ISSUES')) errors.project = 'You do not have permission to create issues in this project.';
  const issueType = state.issueTypes.find((t) => t.id === fields.issuetype?.id || (fields.issuetype?.name !== undefined && t.name === fields.issuetype.name));
  if (!issueType) errors.issuetype = 'Specify an issue type';
  if (!fields.summary?.trim()) errors.summary = 'You must specify a summary of the issue.';
  const parent = fields.parent ? findVisibleIssue(state, principal, fields.parent.key ?? fields.parent.id ?? '') : undefined;
  if (fields.parent && !parent) errors.parent = 'Could not find issue by id or key.';
  const custom = Object.keys(fields).filter((id) => !builtIn.has(id));
  const values: Record<string, unknown> = {};
  for (const id of custom) {
    const definition = state.fields.find((f) => f.id === id);
    if (!definition) errors[id] = `Field '${id}' cannot be set. It is not on the appropriate screen, or unknown.`;
    else {
      const value = userFieldValue(state, definition, fields[id]);
      if (value.ok) values[id] = value.value;
      else errors[id] = value.problem;
    }
  }
  if (Object.keys(errors).length > 0 || !project || !issueType) return jiraError(400, [], errors);

  const nextNumber = 1 + Math.max(0, ...state.issues.filter((i) => i.fields.project.key === project.key).map((i) => Number(i.key.split('-').pop())));
  const id = String(1 + Math.max(10000, ...state.issues.map((i) => Number(i.id))));
  const key = `${project.key}-${nextNumber}`;
  const status = initialStatus(state, project.key, issueType.name);
  const reporter = principal.type === 'user' ? state.users.find((u) => u.accountId === principal.accountId) : undefined;
  const now = jiraDateTime(ctx.now());
  state.issues.push({
    id,
    key,
    self: issueSelf(ctx.baseUrl, id),
    fields: {
      assignee: null,
      ...values,
      summary: fields.summary ?? '',
      description: fields.description ?? null,
      project: { id: project.id, key: project.key, name: project.name, projectTypeKey: project.projectTypeKey },
      issuetype: issueType,
      status: status ?? { id: '1', name: 'To Do', statusCategory: { id: 2, key: 'new', name: 'To Do' } },
      ...(parent ? { parent: { id: parent.id, key: parent.key, fields: { summary: parent.fields.summary, status: parent.fields.status, issuetype: parent.fields.issuetype } } } : {}),
      reporter: reporter ?? null,
      labels: [],
      issuelinks: [],
      created: now,
      updated: now,
    },
  });
  const created = state.issues[state.issues.length - 1];
  if (created) emitJiraEvent(state, issueEvent('avi:jira:created:issue', created, principal));
  return json(201, { id, key, self: issueSelf(ctx.baseUrl, id) });
}
