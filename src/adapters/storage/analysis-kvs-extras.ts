/**
 * The atomic and listing writes the refresh queue needs (refresh-queued.ts, analysis-changes.ts), over a store
 * that may lack them. The real `kvs` has them all (analysis-events.ts). A plain store (the CLI's, a bench's, a
 * test's map) gets a read then a write, and a list of the keys written under a prefix kept beside them: right
 * for one process, which is the only place such a store is used.
 */
import type { AnalysisKvs } from './analysis-store';

/** Writes `value` unless a live value is under `key`; false when one is. */
export async function setIfAbsent(store: AnalysisKvs, key: string, value: unknown, ttlSeconds: number): Promise<boolean> {
  if (store.setIfAbsent) return store.setIfAbsent(key, value, ttlSeconds);
  if ((await store.get(key)) !== undefined) return false;
  await store.set(key, value);
  return true;
}

/**
 * Writes `value` under `key`, which begins with `prefix`, so that `listByPrefix(store, prefix)` finds it; it
 * expires after `ttlSeconds` where the store can expire values.
 */
export async function setListed(store: AnalysisKvs, prefix: string, key: string, value: unknown, ttlSeconds: number): Promise<void> {
  if (store.queryPrefix) {
    await (store.setExpiring ? store.setExpiring(key, value, ttlSeconds) : store.set(key, value));
    return;
  }
  await store.set(key, value);
  const listed = await plainList(store, prefix);
  if (!listed.includes(key)) await store.set(listKey(prefix), [...listed, key]);
}

/** The keys and values under `prefix`, in key order, until `enough` says stop (it sees each page's values). */
export async function listByPrefix(
  store: AnalysisKvs,
  prefix: string,
  enough: (seen: readonly { key: string; value: unknown }[]) => boolean = () => false,
): Promise<{ key: string; value: unknown }[]> {
  const seen: { key: string; value: unknown }[] = [];
  if (!store.queryPrefix) {
    for (const key of [...(await plainList(store, prefix))].sort()) {
      const value = await store.get(key);
      if (value !== undefined) seen.push({ key, value });
      if (enough(seen)) break;
    }
    return seen;
  }
  let cursor: string | undefined;
  do {
    const page = await store.queryPrefix(prefix, cursor);
    seen.push(...page.results.filter((r) => r.key.startsWith(prefix)));
    cursor = page.nextCursor;
    if (enough(seen)) break;
  } while (cursor !== undefined);
  return seen;
}

/** Deletes `key`, written by `setListed` under `prefix`, and takes it off a plain store's list. */
export async function deleteListed(store: AnalysisKvs, prefix: string, key: string): Promise<void> {
  await store.delete(key);
  if (store.queryPrefix) return;
  const listed = await plainList(store, prefix);
  if (listed.includes(key)) await store.set(listKey(prefix), listed.filter((k) => k !== key));
}

const listKey = (prefix: string) => `${prefix}#listed`;

async function plainList(store: AnalysisKvs, prefix: string): Promise<string[]> {
  const listed = await store.get(listKey(prefix));
  return Array.isArray(listed) ? listed.filter((k): k is string => typeof k === 'string') : [];
}
