/**
 * A JQL query checked by Jira's own parser (`POST /rest/api/3/jql/parse?validation=strict`) as the asking user:
 * syntax errors and unknown fields, functions or values, in Jira's words. An empty list means Jira can run it.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductRequest } from '../product-request';

const parsed = z.looseObject({ queries: z.array(z.looseObject({ query: z.string(), errors: z.array(z.string()).optional() })) });

export async function jqlErrors(request: ProductRequest, jql: string): Promise<string[]> {
  const answer = await request(parsed, route`/rest/api/3/jql/parse?validation=strict`, {
    method: 'POST',
    body: JSON.stringify({ queries: [jql] }),
    idempotent: true,
  });
  return answer.queries[0]?.errors ?? [];
}
