/**
 * Searches that name their issues (`key in`, `id =`) look them up, and searches of projects keep their
 * projects' issues, instead of evaluating the clause on the whole site (jql/candidates.ts): the answer must be
 * the one a scan of every issue gives.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { smallSite, smallSiteUsers } from '../fixtures/small-site';
import type { Principal } from '../site-types';
import { canBrowseIssue } from './permissions';
import { candidateIssues } from './jql/candidates';
import { matchesClause } from './jql/evaluate';
import { parseJql } from './jql/parse';
import { runJql } from './jql/run';

const state = smallSite();
const now = new Date('2026-01-31T00:00:00Z');
const bob: Principal = { type: 'user', accountId: smallSiteUsers.bob.accountId };
const alice: Principal = { type: 'user', accountId: smallSiteUsers.alice.accountId };

/** Every issue the principal may browse that matches, in key order: what the sandbox did before. */
function scanned(jql: string, principal: Principal): string[] {
  const where = parseJql(jql).where;
  return state.issues
    .filter((i) => canBrowseIssue(state, principal, i) && (where === undefined || matchesClause(where, i, { state, principal, now })))
    .map((i) => i.key)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

function found(jql: string, principal: Principal): string[] {
  const outcome = runJql(`${jql} ORDER BY key`, { state, principal, now });
  if (!outcome.ok) throw new Error(outcome.errorMessages.join('; '));
  return outcome.issues.map((i) => i.key);
}

// Bob may not browse PLAT: Jira refuses a query naming its keys or the project to him, so those are Alice's alone.
const queries: [string, Principal[]][] = [
  ['key in (PAY-1, pay-2, 10102, PLAT-1)', [alice]],
  ['issuekey = PAY-3', [alice, bob]],
  ['id in (10100, 10101) AND project = PAY', [alice, bob]],
  ['(key = PAY-1 OR id = 10103) AND summary ~ "payments"', [alice, bob]],
  ['key in (PAY-1, PAY-2) OR project = PLAT', [alice]],
  ['NOT key = PAY-1 AND project = PAY', [alice, bob]],
  ['key in (PAY-1, PAY-1, PAY-4) AND key in (PAY-4, PAY-5)', [alice, bob]],
  ['project = PAY AND key != PAY-2', [alice, bob]],
  // A project by its name or id, in any case, as Jira matches it (issue #11).
  ['project = payments', [alice, bob]],
  ['project in (PAY, 10001) AND status != Done', [alice]],
  ['project = "Platform" OR key = PAY-1', [alice]],
  ['project != PAY', [alice]],
];

describe('JQL searches that name their issues', () => {
  it.each(queries)('%s finds what a scan of every issue finds', (jql, principals) => {
    for (const principal of principals) expect(found(jql, principal)).toEqual(scanned(jql, principal));
  });

  it('narrows AND and all-named OR to the named issues, and nothing else', () => {
    const count = (jql: string) => candidateIssues(parseJql(jql).where, state).length;
    expect(count('key in (PAY-1, PAY-2) AND project = PAY')).toBe(2);
    expect(count('key = PAY-1 OR id = 10103')).toBe(2);
    // A project's issues when they are at most half the site (PLAT, SEC); PAY's are most of it: the whole list.
    expect(count('key = PAY-1 OR project = PLAT')).toBe(3);
    expect(count('project in (platform, 10002)')).toBe(3);
    expect(count('project = PAY')).toBe(state.issues.length);
    expect(count('key = PAY-1 OR summary ~ "payments"')).toBe(state.issues.length);
    expect(count('project != PAY')).toBe(state.issues.length);
    expect(count('NOT key = PAY-1')).toBe(state.issues.length);
    expect(count('key in (NOPE-1)')).toBe(0);
  });
});
