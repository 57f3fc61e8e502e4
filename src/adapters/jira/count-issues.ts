/**
 * How many issues a JQL query matches for the asking principal (`POST /rest/api/3/search/approximate-count`):
 * one fetch, whatever the number. Jira counts only what the principal may see (project Browse and issue security
 * level alike) and may lag recent edits by a little. Null when Jira refuses the query (400): its JQL names a
 * value the principal may not see, e.g. a security level they are not in ("does not exist").
 */
import { route } from '@forge/api';
// Classic zod, as every adapter's: `ProductRequest` takes a classic schema.
import { z } from 'zod';
import { AppError } from '../../app-error';
import type { ProductRequest } from '../product-request';

const countAnswer = z.looseObject({ count: z.number() });

export async function countIssues(request: ProductRequest, jql: string): Promise<number | null> {
  try {
    const answer = await request(countAnswer, route`/rest/api/3/search/approximate-count`, { method: 'POST', idempotent: true, body: JSON.stringify({ jql }) });
    return answer.count;
  } catch (error) {
    if (error instanceof AppError && error.details?.['status'] === 400) return null;
    throw error;
  }
}
