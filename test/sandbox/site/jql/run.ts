/**
 * Runs a JQL query for a principal: parse, check, filter to browsable issues, sort. Issues named by key or id
 * are looked up rather than scanned for (candidates.ts); each project's Browse permission is decided once.
 */
import type { SnapshotIssue } from '../../snapshot-schema';
import { browseCheck, findIssue } from '../permissions';
import type { Clause } from './ast';
import { candidateIssues } from './candidates';
import type { JqlEnv } from './env';
import { matchesClause } from './evaluate';
import { sortIssues } from './order';
import { jqlProblems } from './validate';
import { JqlSyntaxError, parseJql } from './parse';

export type JqlOutcome =
  | {
      ok: true;
      issues: SnapshotIssue[];
      bounded: boolean;
      /**
       * For a later page of the same search: whether an issue of `issues` still exists, still matches (on the
       * clock the query ran with) and may still be browsed. A new check for each page, as permissions may change.
       */
      pageCheck: () => (issue: SnapshotIssue) => boolean;
    }
  | { ok: false; errorMessages: string[] };

/** `unordered`: the matching issues in the site's order, for a count (approximate-count), which needs no sort. */
export function runJql(jql: string, env: JqlEnv, options: { unordered?: boolean } = {}): JqlOutcome {
  try {
    const query = parseJql(jql);
    const problems = jqlProblems(query, env);
    if (problems.length > 0) return { ok: false, errorMessages: problems };
    const where = query.where;
    const mayBrowse = browseCheck(env.state, env.principal);
    const matches = (issue: SnapshotIssue): boolean => mayBrowse(issue) && (where === undefined || matchesClause(where, issue, env));
    const matching = candidateIssues(where, env.state).filter(matches);
    return { ok: true, issues: options.unordered === true ? matching : sortIssues(matching, query.orderBy, env), bounded: where !== undefined, pageCheck: () => stillMatching(where, env) };
  } catch (error) {
    if (error instanceof JqlSyntaxError) return { ok: false, errorMessages: [`Error in the JQL Query: ${error.message}`] };
    throw error;
  }
}

function stillMatching(where: Clause | undefined, env: JqlEnv): (issue: SnapshotIssue) => boolean {
  const mayBrowse = browseCheck(env.state, env.principal);
  return (issue) => findIssue(env.state.issues, issue.id) === issue && mayBrowse(issue) && (where === undefined || matchesClause(where, issue, env));
}
