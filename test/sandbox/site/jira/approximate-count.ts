/**
 * POST /rest/api/3/search/approximate-count: `{ jql }` -> `{ count }`, the issues the principal may see
 * (project Browse and issue security level alike). Like search, it refuses unbounded JQL with 400. Jira's
 * count may lag recent edits; the sandbox's is exact.
 */
import { z } from 'zod';
import { parseBody, type RouteContext } from '../context';
import { runJql } from '../jql/run';
import { jiraError, json } from '../respond';

const countBody = z.strictObject({ jql: z.string().optional() });

export function approximateCount(ctx: RouteContext): Response {
  const parsed = parseBody(ctx.body, countBody);
  if (!parsed.ok) return jiraError(400, Object.values(parsed.problems), parsed.problems);
  const outcome = runJql(parsed.data.jql ?? '', { state: ctx.state, principal: ctx.principal, now: ctx.now() }, { unordered: true });
  if (!outcome.ok) return jiraError(400, outcome.errorMessages);
  if (!outcome.bounded) return jiraError(400, ['Unbounded JQL queries are not allowed here. Please add a search restriction to your query.']);
  return json(200, { count: outcome.issues.length });
}
