/**
 * Reads a value stored as its JSON cut into chunks (analysis-chunks.ts) under a head record that names the chunk
 * count, written last: the head, each chunk, the JSON, then the schema. A missing head or chunk (not written yet,
 * expired, or being replaced) or text that does not parse or fit the schema reads as nothing stored.
 */
import type * as z from 'zod/mini';

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
): Promise<{ head: H; value: T } | null> {
  const head = headSchema.safeParse(await store.get(keys.head));
  if (!head.success) return null;
  let text = '';
  for (let i = 0; i < head.data.chunks; i++) {
    const chunk = await store.get(keys.chunk(head.data, i));
    if (typeof chunk !== 'string') return null;
    text += chunk;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { head: head.data, value: parsed.data } : null;
}
