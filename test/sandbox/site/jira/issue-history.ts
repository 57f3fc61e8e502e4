/**
 * GET /rest/api/3/issue/{id}/worklog (`{ startAt, maxResults, total, worklogs }`, maxResults default 5000)
 * and GET /rest/api/3/issue/{id}/changelog (a PageBean, maxResults default 100); 404 when not visible.
 */
import { intParam, type RouteContext } from '../context';
import { findVisibleIssue } from '../permissions';
import { json } from '../respond';
import { specHistories } from './change-items';
import { issueNotFound } from './issue-get';

export function getWorklogs(ctx: RouteContext): Response {
  const issue = findVisibleIssue(ctx.state, ctx.principal, ctx.params.issueIdOrKey ?? '');
  if (!issue) return issueNotFound();
  const all = ctx.state.worklogs[issue.id] ?? [];
  const startAt = Math.max(0, intParam(ctx.query, 'startAt', 0));
  const maxResults = Math.max(0, Math.min(intParam(ctx.query, 'maxResults', 5000), 5000));
  return json(200, { startAt, maxResults, total: all.length, worklogs: all.slice(startAt, startAt + maxResults) });
}

export function getChangelog(ctx: RouteContext): Response {
  const issue = findVisibleIssue(ctx.state, ctx.principal, ctx.params.issueIdOrKey ?? '');
  if (!issue) return issueNotFound();
  const all = ctx.state.changelogs[issue.id] ?? [];
  const startAt = Math.max(0, intParam(ctx.query, 'startAt', 0));
  const maxResults = Math.max(1, Math.min(intParam(ctx.query, 'maxResults', 100), 100));
  const values = specHistories(all.slice(startAt, startAt + maxResults));
  const isLast = startAt + values.length >= all.length;
  const self = `${ctx.baseUrl}/rest/api/3/issue/${issue.key}/changelog?maxResults=${maxResults}&startAt=${startAt}`;
  const nextPage = `${ctx.baseUrl}/rest/api/3/issue/${issue.key}/changelog?maxResults=${maxResults}&startAt=${startAt + maxResults}`;
  return json(200, { self, ...(isLast ? {} : { nextPage }), maxResults, startAt, total: all.length, isLast, values });
}
