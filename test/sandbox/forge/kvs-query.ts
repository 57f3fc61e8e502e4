/**
 * Forge KVS's only query: keys beginning with a prefix, ascending, at most 20 a page, continued with an opaque
 * cursor (here: the last key returned, base64url-encoded). A `limit` above 20 is clamped to 20, so a caller
 * that pages with the cursor sees every key and one that trusts its `limit` does not.
 */
import { z } from 'zod';
import { kvsErrorResponse, MAX_QUERY_LIMIT } from './kvs-limits';
import type { KvsStore } from './kvs-store';

const DEFAULT_QUERY_LIMIT = 10;

const querySchema = z.object({
  limit: z.number().int().positive().optional(),
  after: z.string().optional(),
  where: z.array(z.object({ property: z.literal('key'), condition: z.literal('BEGINS_WITH'), values: z.tuple([z.string()]) })).max(1).optional(),
  options: z.object({ metadataFields: z.array(z.string()).optional() }).optional(),
});

export function queryByPrefix(store: KvsStore, body: unknown): Response {
  const request = querySchema.parse(body);
  const prefix = request.where?.[0]?.values[0] ?? '';
  let after: string | undefined;
  if (request.after !== undefined) {
    after = Buffer.from(request.after, 'base64url').toString('utf8');
    if (!after.startsWith(prefix)) return kvsErrorResponse({ status: 400, code: 'INVALID_CURSOR', message: 'The cursor does not belong to this query.' });
  }
  const limit = Math.min(request.limit ?? DEFAULT_QUERY_LIMIT, MAX_QUERY_LIMIT);
  const matching = store.entries('kvs').filter(([key]) => key.startsWith(prefix) && (after === undefined || key > after));
  const page = matching.slice(0, limit);
  const last = page.at(-1);
  const cursor = matching.length > limit && last !== undefined ? Buffer.from(last[0], 'utf8').toString('base64url') : undefined;
  const data = page.map(([key, record]) => ({
    key,
    value: record.value,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    ...(record.expireTime ? { expireTime: record.expireTime } : {}),
  }));
  return Response.json(cursor === undefined ? { data } : { data, cursor });
}
