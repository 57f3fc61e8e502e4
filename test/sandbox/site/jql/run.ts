/** Runs a JQL query for a principal: parse, check, filter to browsable issues, sort. */
import type { SnapshotIssue } from '../../snapshot-schema';
import { canBrowseIssue } from '../permissions';
import type { JqlEnv } from './env';
import { matchesClause } from './evaluate';
import { sortIssues } from './order';
import { jqlProblems } from './validate';
import { JqlSyntaxError, parseJql } from './parse';

export type JqlOutcome = { ok: true; issues: SnapshotIssue[]; bounded: boolean } | { ok: false; errorMessages: string[] };

export function runJql(jql: string, env: JqlEnv): JqlOutcome {
  try {
    const query = parseJql(jql);
    const problems = jqlProblems(query, env);
    if (problems.length > 0) return { ok: false, errorMessages: problems };
    const where = query.where;
    const visible = env.state.issues.filter((issue) => canBrowseIssue(env.state, env.principal, issue));
    const matching = where ? visible.filter((issue) => matchesClause(where, issue, env)) : visible;
    return { ok: true, issues: sortIssues(matching, query.orderBy, env), bounded: where !== undefined };
  } catch (error) {
    if (error instanceof JqlSyntaxError) return { ok: false, errorMessages: [`Error in the JQL Query: ${error.message}`] };
    throw error;
  }
}
