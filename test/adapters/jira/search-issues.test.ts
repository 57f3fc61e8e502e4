import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { productRequest } from '../../../src/adapters/product-request';
import { searchIssues } from '../../../src/adapters/jira/search-issues';
import { searchIssuePages } from '../../../src/adapters/jira/search-issue-pages';
import { searchIssueKeys } from '../../../src/adapters/jira/search-issue-keys';
import { scriptedProduct } from '../fake-product';

const issue = (n: number) => ({ id: String(10000 + n), key: `P-${n}`, fields: { summary: `Issue ${n}` } });

describe('searchIssues', () => {
  it('follows nextPageToken until isLast, asking only for the given fields', async () => {
    const product = scriptedProduct([
      { status: 200, body: { issues: [issue(1), issue(2)], nextPageToken: 'abc', isLast: false } },
      { status: 200, body: { issues: [issue(3)], isLast: true } },
    ]);
    const result = await searchIssues(productRequest({ product: 'Jira', fetch: product.fetch }), {
      jql: 'project = "P"',
      fields: ['summary', 'issuelinks'],
      maxIssues: 100,
      pageSize: 2,
    });
    expect(result.issues.map((i) => i.key)).toEqual(['P-1', 'P-2', 'P-3']);
    expect(result.truncated).toBe(false);
    expect(product.calls.map((c) => c.path)).toEqual(['/rest/api/3/search/jql', '/rest/api/3/search/jql']);
    expect(JSON.parse(product.calls[0]?.body ?? '')).toEqual({ jql: 'project = "P"', fields: ['summary', 'issuelinks'], maxResults: 2 });
    expect(JSON.parse(product.calls[1]?.body ?? '')).toMatchObject({ nextPageToken: 'abc' });
  });

  it('stops with an error when Jira answers the token it was given (a page that makes no progress)', async () => {
    const stuck = () => {
      const product = scriptedProduct([
        { status: 200, body: { issues: [issue(1)], nextPageToken: 'same', isLast: false } },
        { status: 200, body: { issues: [], nextPageToken: 'same', isLast: false } },
      ]);
      return { request: productRequest({ product: 'Jira', fetch: product.fetch }), calls: product.calls };
    };
    const searches = [
      (r: ReturnType<typeof stuck>['request']) => searchIssues(r, { jql: 'project = P', fields: [], maxIssues: 50_000 }),
      (r: ReturnType<typeof stuck>['request']) => searchIssuePages(r, { jql: 'project = P', fields: [], maxPages: 60 }),
      (r: ReturnType<typeof stuck>['request']) => searchIssueKeys(r, { jql: 'project = P', maxIssues: 100_000 }),
    ];
    for (const search of searches) {
      const { request, calls } = stuck();
      await expect(search(request)).rejects.toThrow(/answered the same page again, so Keel stopped reading it/);
      expect(calls).toHaveLength(2);
    }
  });

  it('stops at maxIssues and says the result is cut short', async () => {
    const product = scriptedProduct([{ status: 200, body: { issues: [issue(1), issue(2)], nextPageToken: 'more', isLast: false } }]);
    const result = await searchIssues(productRequest({ product: 'Jira', fetch: product.fetch }), { jql: 'x', fields: [], maxIssues: 2 });
    expect(result).toMatchObject({ truncated: true });
    expect(product.calls).toHaveLength(1);
  });
});
