/**
 * The keys of the issues a JQL search returns to the asking principal, 5,000 a page (Jira's page size when
 * only `key` is asked for), through `POST /rest/api/3/search/jql` with `nextPageToken`. Cheap enough to count a
 * large scope and to learn which of its issues a viewer may browse.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductRequest } from '../product-request';
import { checkSearchProgress } from './search-progress';

const keyPage = z.looseObject({
  issues: z.array(z.looseObject({ id: z.string(), key: z.string() })),
  nextPageToken: z.string().nullable().optional(),
  isLast: z.boolean().optional(),
});

const KEYS_PAGE_SIZE = 5000;

export async function searchIssueKeys(request: ProductRequest, query: { jql: string; maxIssues: number }): Promise<{ keys: string[]; truncated: boolean }> {
  const keys: string[] = [];
  let nextPageToken: string | undefined;
  for (;;) {
    const page = await request(keyPage, route`/rest/api/3/search/jql`, {
      method: 'POST',
      idempotent: true,
      body: JSON.stringify({ jql: query.jql, fields: ['key'], maxResults: Math.min(KEYS_PAGE_SIZE, query.maxIssues - keys.length), ...(nextPageToken ? { nextPageToken } : {}) }),
    });
    checkSearchProgress(query.jql, nextPageToken, page);
    keys.push(...page.issues.map((i) => i.key));
    nextPageToken = page.nextPageToken ?? undefined;
    if (nextPageToken === undefined || page.isLast === true) return { keys, truncated: false };
    if (keys.length >= query.maxIssues) return { keys, truncated: true };
  }
}
