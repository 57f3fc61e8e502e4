/**
 * The part of `@forge/kvs` the history stores need: get, set and Forge's only query, keys beginning
 * with a prefix, ascending, at most 20 a page (DESIGN.md section 5). The resolvers pass the real `kvs`.
 */
export interface HistoryKvs {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /** One page of keys beginning with `prefix`, ascending; `nextCursor` continues it. */
  queryPrefix(prefix: string, cursor: string | undefined): Promise<{ results: { key: string; value: unknown }[]; nextCursor?: string | undefined }>;
}

/** Every entry under `prefix` in key order, reading the next page only when the caller asks for more. */
export async function* entriesWithPrefix(store: HistoryKvs, prefix: string): AsyncGenerator<{ key: string; value: unknown }> {
  let cursor: string | undefined;
  do {
    const page = await store.queryPrefix(prefix, cursor);
    yield* page.results;
    cursor = page.nextCursor;
  } while (cursor !== undefined);
}
