/**
 * The real `jira.js` client, unchanged, against the sandbox over HTTP with basic auth: if a public client
 * library works against the sandbox, the sandbox speaks Jira's wire format.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { Version3Client } from 'jira.js';
import { z } from 'zod';
import { createSite } from './site';
import { startProductServer } from './http/product-listener';
import { smallSite } from './fixtures/small-site';

const site = createSite(smallSite());
let server: { url: string; close(): Promise<void> };

const clientFor = (email?: string): Version3Client =>
  new Version3Client({ host: server.url, ...(email ? { authentication: { basic: { email, apiToken: 'any-token' } } } : {}) });

beforeAll(async () => {
  server = await startProductServer(site);
});
afterAll(async () => {
  await server.close();
});

async function allKeys(client: Version3Client, jql: string): Promise<string[]> {
  const keys: string[] = [];
  let nextPageToken: string | undefined;
  do {
    const page = await client.issueSearch.searchForIssuesUsingJqlEnhancedSearch({ jql, fields: ['summary', 'status'], maxResults: 2, ...(nextPageToken ? { nextPageToken } : {}) });
    keys.push(...(page.issues ?? []).map((i) => i.key ?? ''));
    nextPageToken = page.nextPageToken ?? undefined;
    // jira.js 5.4 types the answer without `isLast`; read it through a schema.
    expect(z.looseObject({ isLast: z.boolean() }).parse(page).isLast).toBe(nextPageToken === undefined);
  } while (nextPageToken);
  return keys;
}

describe('jira.js Version3Client against the sandbox', () => {
  it('pages through search results with nextPageToken', async () => {
    const keys = await allKeys(clientFor('alice@example.com'), 'project in (PAY, PLAT) ORDER BY key');
    expect(keys).toEqual(['PAY-1', 'PAY-2', 'PAY-3', 'PAY-4', 'PAY-5', 'PAY-6', 'PAY-10', 'PLAT-1', 'PLAT-2']);
  });

  it('gives a user without Platform browse permission fewer issues', async () => {
    const jql = 'assignee is EMPTY OR assignee is not EMPTY ORDER BY key';
    const alice = await allKeys(clientFor('alice@example.com'), jql);
    const bob = await allKeys(clientFor('bob@example.com'), jql);
    expect(bob.length).toBeLessThan(alice.length);
    expect(bob.some((k) => k.startsWith('PLAT-'))).toBe(false);
  });

  it('reads an issue with its links', async () => {
    const issue = await clientFor('alice@example.com').issues.getIssue({ issueIdOrKey: 'PAY-4', fields: ['summary', 'issuelinks'] });
    expect(issue.fields.summary).toBe('Wire the payment gateway');
    expect(issue.fields.issuelinks.map((l) => [l.type?.name, l.inwardIssue?.key])).toEqual([['Blocks', 'PLAT-1']]);
    const asBob = await clientFor('bob@example.com').issues.getIssue({ issueIdOrKey: 'PAY-4', fields: ['issuelinks'] });
    expect(asBob.fields.issuelinks).toEqual([]);
  });

  it('lists fields and link types', async () => {
    const client = clientFor('bob@example.com');
    expect((await client.issueFields.getFields()).map((f) => f.id)).toContain('customfield_10016');
    expect((await client.issueLinkTypes.getIssueLinkTypes()).issueLinkTypes?.map((t) => t.name)).toEqual(['Blocks', 'Dependency', 'Relates']);
  });

  it('gets 401 on /myself when anonymous, and the user when signed in', async () => {
    await expect(clientFor().myself.getCurrentUser()).rejects.toMatchObject({ status: 401 });
    expect((await clientFor('carol@example.com').myself.getCurrentUser()).displayName).toBe('Carol Chen');
  });
});
