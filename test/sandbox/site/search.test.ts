import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { createSite } from '../site';
import { callSite, keysOf } from '../fixtures/call-site';
import { smallSite } from '../fixtures/small-site';
import type { Snapshot } from '../snapshot-schema';

const now = (): Date => new Date('2026-01-31T00:00:00Z');
const q = encodeURIComponent;

/** The small site with `extra` more PAY tasks, for paging. */
function siteWithMany(extra: number): Snapshot {
  const snapshot = smallSite();
  const template = snapshot.issues.find((i) => i.key === 'PAY-10');
  if (!template) throw new Error('fixture changed');
  for (let n = 0; n < extra; n++) {
    snapshot.issues.push({ ...structuredClone(template), id: String(20_000 + n), key: `PAY-${100 + n}` });
  }
  return snapshot;
}

type SearchPage = { issues: Array<{ id: string; key?: string; fields?: Record<string, unknown> }>; nextPageToken?: string; isLast: boolean };

describe('GET and POST /rest/api/3/search/jql', () => {
  const { jira } = callSite(createSite(smallSite(), { now }));

  it('returns only ids by default, no total, and isLast', async () => {
    const answer = await jira('GET', `/search/jql?jql=${q('project = PAY ORDER BY key')}`);
    expect(answer.status).toBe(200);
    const page = answer.json as SearchPage;
    expect(page.issues[0]).toEqual({ id: '10100' });
    expect(page).not.toHaveProperty('total');
    expect(page.isLast).toBe(true);
    expect(page.nextPageToken).toBeUndefined();
  });

  it('pages with opaque nextPageToken until isLast, over GET and POST alike', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    const tokens: string[] = [];
    let pages = 0;
    do {
      const answer = await jira('POST', '/search/jql', 'alice', { jql: 'project = PAY ORDER BY key', fields: ['key'], maxResults: 3, ...(token ? { nextPageToken: token } : {}) });
      const page = answer.json as SearchPage;
      seen.push(...keysOf(answer));
      token = page.nextPageToken;
      if (token) tokens.push(token);
      expect(page.isLast).toBe(token === undefined);
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(seen).toEqual(['PAY-1', 'PAY-2', 'PAY-3', 'PAY-4', 'PAY-5', 'PAY-6', 'PAY-10']);
    // Opaque: not a bare offset a client could compute.
    expect(tokens.every((t) => !/^\d+$/.test(t))).toBe(true);
  });

  it('refuses a token from another query', async () => {
    const first = (await jira('GET', `/search/jql?jql=${q('project = PAY')}&maxResults=1`)).json as SearchPage;
    const reused = await jira('GET', `/search/jql?jql=${q('project = PLAT')}&nextPageToken=${q(first.nextPageToken ?? '')}`);
    expect(reused.status).toBe(400);
  });

  it('selects fields: lists, *all, *navigable and -field', async () => {
    const listed = (await jira('GET', `/search/jql?jql=${q('key = PAY-3')}&fields=summary,status`)).json as SearchPage;
    expect(Object.keys(listed.issues[0]?.fields ?? {})).toEqual(['summary', 'status']);
    const all = (await jira('GET', `/search/jql?jql=${q('key = PAY-3')}&fields=*all,-description`)).json as SearchPage;
    expect(all.issues[0]?.fields).toHaveProperty('customfield_10016', 8);
    expect(all.issues[0]?.fields).not.toHaveProperty('description');
    const navigable = (await jira('GET', `/search/jql?jql=${q('key = PAY-3')}&fields=*navigable`)).json as SearchPage;
    expect(navigable.issues[0]?.fields).not.toHaveProperty('worklog');
    const byKeys = (await jira('POST', '/search/jql', 'alice', { jql: 'key = PAY-3', fields: ['customfield_10016'], fieldsByKeys: true })).json as SearchPage;
    expect(byKeys.issues[0]?.fields).toEqual({ customfield_10016: 8 });
  });

  it('expands changelog and names', async () => {
    const answer = (await jira('GET', `/search/jql?jql=${q('key = PAY-2')}&fields=summary&expand=changelog,names`)).json as { issues: Array<Record<string, unknown>> };
    expect(answer.issues[0]?.names).toEqual({ summary: 'Summary' });
    expect(answer.issues[0]?.changelog).toMatchObject({ total: 2, histories: [{ id: '40000' }, { id: '40001' }] });
  });

  it('leaves out links to issues the principal cannot browse and nests linked issues in short form', async () => {
    const linksOf = async (key: string, who: 'alice' | 'bob'): Promise<Array<Record<string, unknown>>> => {
      const page = (await jira('GET', `/search/jql?jql=${q(`key = ${key}`)}&fields=issuelinks`, who)).json as SearchPage;
      return (page.issues[0]?.fields?.issuelinks ?? []) as Array<Record<string, unknown>>;
    };
    expect(await linksOf('PAY-4', 'alice')).toHaveLength(1);
    expect(await linksOf('PAY-4', 'bob')).toEqual([]);
    expect(await linksOf('PAY-5', 'alice')).toEqual([]);
    const [link] = await linksOf('PAY-3', 'bob');
    expect(link?.inwardIssue).toEqual({
      id: '10101',
      key: 'PAY-2',
      self: 'https://keel-small.atlassian.net/rest/api/3/issue/10101',
      fields: { summary: 'Tokenise card numbers', status: expect.objectContaining({ name: 'Done' }) as unknown, priority: expect.objectContaining({ name: 'Medium' }) as unknown, issuetype: expect.objectContaining({ name: 'Story' }) as unknown },
    });
  });

  it('shows each principal only the projects they may browse', async () => {
    const jql = q('project in (PAY) OR assignee is EMPTY OR assignee is not EMPTY');
    const count = async (who: 'alice' | 'bob' | 'app' | 'anonymous'): Promise<number> => keysOf(await jira('GET', `/search/jql?jql=${jql}`, who)).length;
    expect(await count('alice')).toBe(9);
    expect(await count('bob')).toBe(7);
    expect(await count('anonymous')).toBe(7);
    expect(await count('app')).toBe(10);
  });

  it('answers Jira errors: syntax, a project the user cannot see, unbounded queries, bad bodies', async () => {
    expect(await jira('GET', `/search/jql?jql=${q('project = ')}`)).toMatchObject({ status: 400, json: { errorMessages: [expect.stringMatching(/^Error in the JQL Query: /) as unknown], errors: {} } });
    expect(await jira('GET', `/search/jql?jql=${q('project = PLAT')}`, 'bob')).toMatchObject({ status: 400, json: { errorMessages: ["The value 'PLAT' does not exist for the field 'project'."] } });
    expect((await jira('GET', `/search/jql?jql=${q('order by key')}`)).status).toBe(400);
    expect((await jira('POST', '/search/jql', 'alice', { jql: 'project = PAY', maxResults: 'ten' })).status).toBe(400);
  });
});

describe('search page sizes', () => {
  const { jira } = callSite(createSite(siteWithMany(6000), { now }));

  it('defaults to 50, caps at 100 with fields and at 5000 with ids only', async () => {
    const size = async (query: string): Promise<number> => keysOf(await jira('GET', `/search/jql?jql=${q('project = PAY')}${query}`)).length;
    expect(await size('')).toBe(50);
    expect(await size('&maxResults=1000&fields=summary')).toBe(100);
    expect(await size('&maxResults=9000')).toBe(5000);
    expect(await size('&maxResults=9000&fields=key')).toBe(5000);
  });
});
