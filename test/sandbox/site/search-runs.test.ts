/**
 * Later pages of a search continue the first page's result (search-runs.ts) instead of running the query over
 * the whole site again, and still leave out what no longer matches, as Jira does.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { createSite } from '../site';
import { callSite, keysOf, principalOf } from '../fixtures/call-site';
import { runJql } from './jql/run';
import { smallSite } from '../fixtures/small-site';
import type { Snapshot } from '../snapshot-schema';

const now = (): Date => new Date('2026-01-31T00:00:00Z');

/** The small site with `extra` more PAY tasks PAY-100..., for paging. */
function siteWithMany(extra: number): Snapshot {
  const snapshot = smallSite();
  const template = snapshot.issues.find((i) => i.key === 'PAY-10');
  if (!template) throw new Error('fixture changed');
  for (let n = 0; n < extra; n++) snapshot.issues.push({ ...structuredClone(template), id: String(20_000 + n), key: `PAY-${100 + n}` });
  return snapshot;
}

type SearchPage = { issues: Array<{ id: string; key?: string }>; nextPageToken?: string; isLast: boolean };

describe('search pages after the first', () => {
  it('read the same order as the query run whole, whatever the page size', async () => {
    const site = createSite(siteWithMany(250), { now });
    const { jira } = callSite(site);
    const jql = 'project = PAY ORDER BY key DESC';
    const whole = runJql(jql, { state: site.state, principal: principalOf('alice'), now: now() });
    if (!whole.ok) throw new Error(whole.errorMessages.join());
    const paged: string[] = [];
    let token: string | undefined;
    do {
      const answer = await jira('POST', '/search/jql', 'alice', { jql, fields: ['key'], maxResults: 7, ...(token ? { nextPageToken: token } : {}) });
      paged.push(...keysOf(answer));
      token = (answer.json as SearchPage).nextPageToken;
    } while (token);
    expect(paged).toEqual(whole.issues.map((i) => i.key));
    expect(paged).toHaveLength(257);
  });

  it('leave out an issue deleted, or edited out of the query, after the first page', async () => {
    const site = createSite(siteWithMany(20), { now });
    const { jira } = callSite(site);
    const body = { jql: 'project = PAY AND summary ~ "refund" ORDER BY key', fields: ['key'], maxResults: 5 };
    const template = site.state.issues.find((i) => i.key === 'PAY-10');
    expect(String(template?.fields.summary)).toContain('refund');
    const first = (await jira('POST', '/search/jql', 'alice', body)).json as SearchPage;
    const all = keysOf(await jira('POST', '/search/jql', 'alice', { ...body, maxResults: 100 }));
    const [deleted, edited] = all.slice(6, 8);
    expect((await jira('DELETE', `/issue/${deleted}`, 'app')).status).toBe(204);
    const issue = site.state.issues.find((i) => i.key === edited);
    if (!issue) throw new Error('fixture changed');
    issue.fields.summary = 'Something else';
    const second = await jira('POST', '/search/jql', 'alice', { ...body, nextPageToken: first.nextPageToken });
    expect(keysOf(second)).toEqual(all.slice(5, 10).filter((k) => k !== deleted && k !== edited));
  });
});
