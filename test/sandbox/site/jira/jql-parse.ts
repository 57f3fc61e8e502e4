/**
 * POST /rest/api/3/jql/parse?validation=strict|warn|none: per query, syntax errors always, semantic
 * problems as errors (strict, the default) or warnings (warn). `structure` is left out: the spec's
 * JqlQueryClause pairs `additionalProperties: false` with `anyOf`, so no non-empty clause could validate.
 */
import { z } from 'zod';
import { parseBody, type RouteContext } from '../context';
import { JqlSyntaxError, parseJql } from '../jql/parse';
import { jqlProblems } from '../jql/validate';
import { jiraError, json } from '../respond';

const parseRequest = z.object({ queries: z.array(z.string()).min(1) });

export function parseJqlQueries(ctx: RouteContext): Response {
  const validation = ctx.query.get('validation') ?? 'strict';
  if (!['strict', 'warn', 'none'].includes(validation)) return jiraError(400, [`Invalid validation mode '${validation}'.`]);
  const parsed = parseBody(ctx.body, parseRequest);
  if (!parsed.ok) return jiraError(400, Object.values(parsed.problems), parsed.problems);
  const env = { state: ctx.state, principal: ctx.principal, now: ctx.now() };
  const queries = parsed.data.queries.map((query) => {
    try {
      const problems = validation === 'none' ? [] : jqlProblems(parseJql(query), env);
      if (problems.length === 0) return { query };
      return validation === 'strict' ? { query, errors: problems } : { query, warnings: problems };
    } catch (error) {
      if (error instanceof JqlSyntaxError) return { query, errors: [`Error in the JQL Query: ${error.message}`] };
      throw error;
    }
  });
  return json(200, { queries });
}
