/**
 * A `key in (...)` search over any number of keys, 100 to a query, that survives keys Jira will not name: Jira
 * refuses the whole query (400, "An issue with key 'X' does not exist for field 'key'") when one key was
 * deleted, moved away or cannot be read by the asker, which used to fail a refresh for good or hide the other
 * 99 keys. Keys Jira's messages name are dropped and the rest asked again; when no key is named the chunk is
 * halved until the refused key is alone. Extra queries: one per named key, else about 2 log2(100) per key.
 */
import { AppError } from '../../app-error';

const CHUNK = 100;

export interface ByKeys<T> {
  found: T[];
  /** Keys Jira refused to name to the asker: deleted, moved, or not readable. */
  unreadable: string[];
}

/** `search` runs one JQL for at most `count` issues; any failure but Jira's 400 is thrown. */
export async function searchByKeys<T>(keys: readonly string[], search: (jql: string, count: number) => Promise<T[]>): Promise<ByKeys<T>> {
  const result: ByKeys<T> = { found: [], unreadable: [] };
  const unique = [...new Set(keys)];
  for (let start = 0; start < unique.length; start += CHUNK) await searchChunk(unique.slice(start, start + CHUNK), search, result);
  return result;
}

async function searchChunk<T>(chunk: readonly string[], search: (jql: string, count: number) => Promise<T[]>, into: ByKeys<T>): Promise<void> {
  if (chunk.length === 0) return;
  try {
    into.found.push(...(await search(`key in (${chunk.join(',')})`, chunk.length)));
    return;
  } catch (error) {
    if (!(error instanceof AppError && error.details?.['status'] === 400)) throw error;
    const messages = Array.isArray(error.details['messages']) ? error.details['messages'].map(String) : [];
    const named = chunk.filter((key) => messages.some((m) => m.toUpperCase().includes(`'${key.toUpperCase()}'`)));
    if (named.length > 0) {
      into.unreadable.push(...named);
      await searchChunk(chunk.filter((key) => !named.includes(key)), search, into);
    } else if (chunk.length === 1) {
      into.unreadable.push(...chunk);
    } else {
      const half = Math.ceil(chunk.length / 2);
      await searchChunk(chunk.slice(0, half), search, into);
      await searchChunk(chunk.slice(half), search, into);
    }
  }
}
