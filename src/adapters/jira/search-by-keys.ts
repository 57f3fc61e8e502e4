/**
 * A `key in (...)` search over any number of keys, 100 to a query, that survives keys Jira will not name: Jira
 * refuses the whole query (400, "An issue with key 'X' does not exist for field 'key'") when one key was
 * deleted, moved away or cannot be read by the asker, which used to fail a refresh for good or hide the other
 * 99 keys. Keys Jira's messages name are dropped and the rest asked again; when no key is named the chunk is
 * halved until the refused key is alone. Extra queries: one per named key, else about 2 log2(100) per key.
 * Chunks are searched a few at once (in-flight.ts).
 */
import { AppError } from '../../app-error';
import { mapInFlight, MAX_REQUESTS_IN_FLIGHT } from '../in-flight';

const CHUNK = 100;

export interface ByKeys<T> {
  found: T[];
  /** Keys Jira refused to name to the asker: deleted, moved, or not readable. */
  unreadable: string[];
}

/** `search` runs one JQL for at most `count` issues; any failure but Jira's 400 is thrown. */
export async function searchByKeys<T>(keys: readonly string[], search: (jql: string, count: number) => Promise<T[]>): Promise<ByKeys<T>> {
  const unique = [...new Set(keys)];
  const chunks = Array.from({ length: Math.ceil(unique.length / CHUNK) }, (_, i) => unique.slice(i * CHUNK, (i + 1) * CHUNK));
  // The chunks are independent: searched a few at once, their answers put together in the keys' order.
  const answers = await mapInFlight(chunks, MAX_REQUESTS_IN_FLIGHT, async (chunk) => {
    const answer: ByKeys<T> = { found: [], unreadable: [] };
    await searchChunk(chunk, search, answer);
    return answer;
  });
  return { found: answers.flatMap((a) => a.found), unreadable: answers.flatMap((a) => a.unreadable) };
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
