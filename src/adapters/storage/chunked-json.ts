/**
 * Reads a value stored as its JSON cut into chunks (analysis-chunks.ts) under a head record that names the chunk
 * count, written last: the head, each chunk, the JSON, then the schema. A missing head or chunk (not written yet,
 * expired, or being replaced) or text that does not parse or fit the schema reads as nothing stored.
 */
import { jsonTextAs } from './json-text-as';
import type * as z from 'zod/mini';
import { mapInFlight, MAX_READS_IN_FLIGHT } from '../in-flight';

export interface ChunkedJsonKeys<H> {
  head: string;
  /** The i-th chunk's key, which may depend on the head (its generation). */
  chunk: (head: H, i: number) => string;
}

export async function readChunkedJson<H extends { chunks: number }, T>(
  store: { get(key: string): Promise<unknown> },
  keys: ChunkedJsonKeys<H>,
  headSchema: z.ZodMiniType<H>,
  schema: z.ZodMiniType<T>,
  /** The head, when the caller has just read it. */
  known?: H,
): Promise<{ head: H; value: T; bytes: number } | null> {
  const head = known === undefined ? headSchema.safeParse(await store.get(keys.head)) : { success: true as const, data: known };
  if (!head.success) return null;
  // The chunks are read a few at once (in-flight.ts) and joined in order (issue #11: first paint).
  const chunks = await mapInFlight(Array.from({ length: head.data.chunks }, (_, i) => keys.chunk(head.data, i)), MAX_READS_IN_FLIGHT, (key) => store.get(key));
  if (!chunks.every((chunk): chunk is string => typeof chunk === 'string')) return null;
  const text = chunks.join('');
  const value = jsonTextAs(text, schema);
  return value === null ? null : { head: head.data, value, bytes: text.length };
}
