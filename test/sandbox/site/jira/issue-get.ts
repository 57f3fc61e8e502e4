/** GET /rest/api/3/issue/{issueIdOrKey}: one issue with `fields` (default all) and `expand`; 404 when not visible. */
import { listParam, type RouteContext } from '../context';
import { findVisibleIssue } from '../permissions';
import { jiraError, json } from '../respond';
import { fieldSelection } from './field-selection';
import { issueView } from './issue-view';

export const issueNotFound = (): Response => jiraError(404, ['Issue does not exist or you do not have permission to see it.']);

export function getIssue(ctx: RouteContext): Response {
  const issue = findVisibleIssue(ctx.state, ctx.principal, ctx.params.issueIdOrKey ?? '');
  if (!issue) return issueNotFound();
  const selection = fieldSelection(listParam(ctx.query, 'fields'), ['*all'], ctx.state, ctx.query.get('fieldsByKeys') === 'true');
  const expand = new Set(listParam(ctx.query, 'expand') ?? []);
  return json(200, issueView(issue, { state: ctx.state, principal: ctx.principal, baseUrl: ctx.baseUrl, selection, expand, bareWhenIdOnly: false }));
}
