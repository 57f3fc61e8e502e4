/** The history stores' storage port over the real `@forge/kvs` (prefix queries paged 20 at a time). */
import { kvs, WhereConditions } from '@forge/kvs';
import type { HistoryKvs } from '../adapters/storage/history-kvs';

/** Forge's page size for a KVS query (DESIGN.md section 5). */
const KVS_PAGE = 20;

export const historyKvs: HistoryKvs = {
  get: (key) => kvs.get(key),
  set: (key, value) => kvs.set(key, value),
  queryPrefix: async (prefix, cursor) => {
    const query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(KVS_PAGE);
    const page = await (cursor === undefined ? query : query.cursor(cursor)).getMany<unknown>();
    return { results: page.results.map((r) => ({ key: r.key, value: r.value })), nextCursor: page.nextCursor };
  },
};
