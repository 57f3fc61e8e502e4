/**
 * A long search read a few pages at once (issue #11: the RACI tab's 1,220 epics at 50,000 issues took 13 round
 * trips one after another), against the sandbox serving the generated large site: the same issues in the same
 * order as the plain search, with their fields, cut short at the same count, and its later queries in flight
 * together. A search of one page reads in one round trip, as the plain search does.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { productRequest } from '../../../src/adapters/product-request';
import type { ProductFetch } from '../../../src/adapters/product-fetch';
import { searchIssues } from '../../../src/adapters/jira/search-issues';
import { searchIssuesAtOnce } from '../../../src/adapters/jira/search-issues-at-once';
import { largeSnapshot } from '../../sandbox/demo/large-site';
import { DEMO_USERS } from '../../sandbox/demo/users';
import { createSite } from '../../sandbox/site';

const site = createSite(largeSnapshot({ issues: 1200, today: '2026-11-16' }));
const counts = { requests: 0, inFlight: 0, maxInFlight: 0, secondAlongside: -1 };
const fetch: ProductFetch = async (path, init) => {
  counts.requests++;
  if (counts.requests === 2) counts.secondAlongside = counts.inFlight;
  counts.inFlight++;
  counts.maxInFlight = Math.max(counts.maxInFlight, counts.inFlight);
  try {
    // A round trip: the requests that overlap are the ones sent together.
    await new Promise((resolve) => setTimeout(resolve, 5));
    return await site.handle({
      product: 'jira',
      method: init?.method ?? 'GET',
      path: path.value,
      headers: { 'content-type': 'application/json', ...init?.headers },
      principal: { type: 'user', accountId: DEMO_USERS.priya.accountId },
      ...(init?.body === undefined ? {} : { body: init.body }),
    });
  } finally {
    counts.inFlight--;
  }
};
const jira = productRequest({ product: 'Jira', fetch });
const fields = ['summary', 'assignee', 'status'];

async function counted<T>(work: () => Promise<T>): Promise<{ result: T; requests: number; maxInFlight: number; secondAlongside: number }> {
  Object.assign(counts, { requests: 0, inFlight: 0, maxInFlight: 0, secondAlongside: -1 });
  const result = await work();
  return { result, requests: counts.requests, maxInFlight: counts.maxInFlight, secondAlongside: counts.secondAlongside };
}

describe('searchIssuesAtOnce', () => {
  it('reads what the plain search reads, in its order, with later queries in flight together', async () => {
    const query = { jql: 'project = BIG ORDER BY key DESC', fields, maxIssues: 5000 };
    const plain = await counted(() => searchIssues(jira, query));
    const atOnce = await counted(() => searchIssuesAtOnce(jira, query));
    expect(plain.result.issues.length, 'BIG and its 1,200 issues').toBe(1200);
    expect(atOnce.result.issues.map((i) => i.key)).toEqual(plain.result.issues.map((i) => i.key));
    expect(atOnce.result.issues).toEqual(plain.result.issues);
    expect(atOnce.result.truncated).toBe(false);
    expect(plain.requests, 'one page after another').toBe(12);
    expect(plain.maxInFlight).toBe(1);
    expect(atOnce.requests, 'the first page, the keys, then the other 11 pages by key').toBe(13);
    expect(atOnce.secondAlongside, 'the keys asked while the first page is in flight').toBe(1);
    expect(atOnce.maxInFlight, 'a few at once').toBeGreaterThan(1);
  });

  it('stops at the same count and says the result is cut short', async () => {
    const query = { jql: 'project = BIG ORDER BY key ASC', fields, maxIssues: 450 };
    const plain = await searchIssues(jira, query);
    const atOnce = await searchIssuesAtOnce(jira, query);
    expect(atOnce.issues.map((i) => i.key)).toEqual(plain.issues.map((i) => i.key));
    expect([atOnce.issues.length, atOnce.truncated]).toEqual([450, true]);
  });

  it('reads a search of one page in one round trip, as the plain search does (the key list asked alongside, unused)', async () => {
    const query = { jql: 'project = BIG AND issuetype = Epic', fields, maxIssues: 5000 };
    const { result, requests, secondAlongside } = await counted(() => searchIssuesAtOnce(jira, query));
    expect(result.issues.length, "BIG's 30 epics").toBe(30);
    expect(result.issues).toEqual((await searchIssues(jira, query)).issues);
    expect([requests, secondAlongside]).toEqual([2, 1]);
  });

  it('reads one request when at most a page is asked for', async () => {
    const { requests } = await counted(() => searchIssuesAtOnce(jira, { jql: 'project = BIG', fields, maxIssues: 100 }));
    expect(requests).toBe(1);
  });

  it("fails with Jira's refusal once, the key list's refusal left handled", async () => {
    await expect(searchIssuesAtOnce(jira, { jql: 'project = NOPE_NOT_A_PROJECT', fields, maxIssues: 5000 })).rejects.toThrow();
  });
});
