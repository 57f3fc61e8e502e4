import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { createSite } from '../site';
import { callSite, keysOf } from '../fixtures/call-site';
import { FINANCE_LEVEL, securedSmallSite } from '../fixtures/secured-site';

const now = (): Date => new Date('2026-01-31T00:00:00Z');
const q = encodeURIComponent;

describe('Jira issue security levels', () => {
  const { jira } = callSite(createSite(securedSmallSite(['PAY-10', 'PAY-6']), { now }));

  it("leaves issues under a level out of a non-member's search, and keeps them in a member's and the app's", async () => {
    const jql = q('project = PAY ORDER BY key');
    expect(keysOf(await jira('GET', `/search/jql?jql=${jql}&fields=key`, 'bob'))).toEqual(['PAY-1', 'PAY-2', 'PAY-3', 'PAY-4', 'PAY-5']);
    expect(keysOf(await jira('GET', `/search/jql?jql=${jql}&fields=key`, 'alice'))).toContain('PAY-10');
    expect(keysOf(await jira('GET', `/search/jql?jql=${jql}&fields=key`, 'app'))).toEqual(['PAY-1', 'PAY-2', 'PAY-3', 'PAY-4', 'PAY-5', 'PAY-6', 'PAY-10']);
  });

  it('answers 404 to a non-member for the issue, as for an issue that does not exist, and the level to a member', async () => {
    const bob = await jira('GET', '/issue/PAY-10', 'bob');
    expect(bob.status).toBe(404);
    expect(bob.json).toEqual(await jira('GET', '/issue/PAY-999', 'bob').then((a) => a.json));
    expect((await jira('GET', '/issue/PAY-10/worklog', 'bob')).status).toBe(404);
    const alice = await jira('GET', '/issue/PAY-10?fields=security', 'alice');
    expect((alice.json as { fields: { security: unknown } }).fields.security).toMatchObject({ id: FINANCE_LEVEL.id, name: 'Finance only' });
  });

  it("finds issues by level for a member, and says the level does not exist to a non-member (as Jira's JQL does)", async () => {
    expect(keysOf(await jira('GET', `/search/jql?jql=${q(`level = ${FINANCE_LEVEL.id} ORDER BY key`)}&fields=key`, 'app'))).toEqual(['PAY-6', 'PAY-10']);
    expect(keysOf(await jira('GET', `/search/jql?jql=${q('project = PAY AND level IS EMPTY')}&fields=key`, 'app'))).toHaveLength(5);
    const bob = await jira('GET', `/search/jql?jql=${q('level = "Finance only"')}`, 'bob');
    expect(bob.status).toBe(400);
    expect(bob.json).toMatchObject({ errorMessages: ["The value 'Finance only' does not exist for the field 'level'."] });
  });

  // Jira's clause for the Security Level field is `level` (its /field answer's clauseNames on 14 public sites), with
  // =, !=, IN, NOT IN, IS and IS NOT and EMPTY (Jira's IssueSecurityLevelClauseQueryFactory); a comparison is refused.
  it('answers level IS NOT EMPTY, IN, NOT IN and != as Jira does, and refuses a comparison on it', async () => {
    const keys = async (jql: string) => keysOf(await jira('GET', `/search/jql?jql=${q(`${jql} ORDER BY key`)}&fields=key`, 'app'));
    expect(await keys('project = PAY AND level IS NOT EMPTY')).toEqual(['PAY-6', 'PAY-10']);
    expect(await keys(`project = PAY AND level in (${FINANCE_LEVEL.id})`)).toEqual(['PAY-6', 'PAY-10']);
    expect(await keys(`project = PAY AND level in (${FINANCE_LEVEL.id}, EMPTY)`)).toHaveLength(7);
    // "Not this level" leaves out issues with no level, as Jira's != and NOT IN do.
    expect(await keys(`project = PAY AND level != ${FINANCE_LEVEL.id}`)).toEqual([]);
    expect(await keys(`project = PAY AND level not in (${FINANCE_LEVEL.id})`)).toEqual([]);
    expect((await jira('GET', `/search/jql?jql=${q(`level > ${FINANCE_LEVEL.id}`)}`, 'app')).status).toBe(400);
  });

  it('counts with approximate-count what each principal may see, and refuses unbounded or broken JQL', async () => {
    const count = async (who: 'alice' | 'bob' | 'carol' | 'app' | 'anonymous', jql: string) => jira('POST', '/search/approximate-count', who, { jql });
    expect((await count('app', 'project = PAY')).json).toEqual({ count: 7 });
    expect((await count('alice', 'project = PAY')).json).toEqual({ count: 7 });
    expect((await count('bob', 'project = PAY')).json).toEqual({ count: 5 });
    expect((await count('anonymous', 'project = PAY')).json).toEqual({ count: 5 });
    expect((await count('bob', 'project = PLAT')).status).toBe(400);
    expect((await count('alice', 'ORDER BY key')).status).toBe(400);
    expect((await jira('POST', '/search/approximate-count', 'alice', { jql: 'project = PAY', maxResults: 1 })).status).toBe(400);
  });

  it("shows a non-member no link to an issue under the level, as for a project they may not browse", async () => {
    const site = securedSmallSite(['PAY-3']);
    const { jira: call } = callSite(createSite(site, { now }));
    const links = async (who: 'alice' | 'bob') => ((await call('GET', '/issue/PAY-2?fields=issuelinks', who)).json as { fields: { issuelinks: unknown[] } }).fields.issuelinks;
    expect(await links('alice')).toHaveLength(1);
    expect(await links('bob')).toEqual([]);
  });
});
