/**
 * One answer a queue consumer computed for a large project (an Overview, a variant of it), stored in Forge
 * storage under a generation (DESIGN.md section 5): its JSON cut into chunks under KVS's 240 KiB a value
 * (analysis-chunks.ts), then a record naming the generation and the chunk count, written last, so a reader
 * finds the old answer or the new one whole. The previous generation's chunks are deleted after the flip.
 * A reader compares the generation with the stored analysis's: another one is being replaced. The record names
 * the hash of the text, so an instance that parsed that very text already answers from it (warm-answers.ts).
 */
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import type { AnalysisKvs } from './analysis-store';
import { analysisChunks } from './analysis-chunks';
import { readChunkedJson } from './chunked-json';
import { keepWarmAnswer, warmAnswer } from './warm-answers';

/** `hash`: of the stored text; absent in a record stored before Keel kept it. */
const record = z.object({ generation: z.string(), chunks: z.number(), hash: z.optional(z.string()) });

const recordKey = (key: string) => `stored-answer:${key}`;
const chunkKey = (key: string, generation: string, i: number) => `stored-answer:${key}:${generation}:${i}`;

export async function saveStoredAnswer(store: AnalysisKvs, key: string, generation: string, value: unknown): Promise<void> {
  const previous = record.safeParse(await store.get(recordKey(key)));
  const text = JSON.stringify(value);
  const chunks = analysisChunks(text);
  for (const [i, chunk] of chunks.entries()) await store.set(chunkKey(key, generation, i), chunk);
  await store.set(recordKey(key), { generation, chunks: chunks.length, hash: textHash(text) });
  if (previous.success && previous.data.generation !== generation) {
    for (let i = previous.data.chunks - 1; i >= 0; i--) await store.delete(chunkKey(key, previous.data.generation, i));
  }
}

/** The answer gone for good, its record first (a variant of a superseded generation: outside-variants.ts). */
export async function deleteStoredAnswer(store: AnalysisKvs, key: string): Promise<void> {
  const head = record.safeParse(await store.get(recordKey(key)));
  if (!head.success) return;
  await store.delete(recordKey(key));
  for (let i = head.data.chunks - 1; i >= 0; i--) await store.delete(chunkKey(key, head.data.generation, i));
}

/** The answer and its generation; null when none is stored, a chunk is gone (being replaced) or it does not parse. */
export async function loadStoredAnswer<T>(store: AnalysisKvs, key: string, schema: z.ZodMiniType<T>): Promise<{ generation: string; value: T } | null> {
  const head = record.safeParse(await store.get(recordKey(key)));
  if (!head.success) return null;
  const { generation, hash } = head.data;
  const kept = hash === undefined ? undefined : warmAnswer(key, hash);
  if (kept !== undefined) return { generation, value: kept as T };
  // The record just read names the chunks: not read again.
  const read = await readChunkedJson(store, { head: recordKey(key), chunk: (_, i) => chunkKey(key, generation, i) }, record, schema, head.data);
  if (read === null) return null;
  return { generation, value: hash === undefined ? read.value : keepWarmAnswer(key, hash, read.value, read.bytes) };
}

/** Names the text, not its meaning: two texts of the same figures spelt otherwise are two answers. */
const textHash = (text: string): string => createHash('sha256').update(text).digest('base64url').slice(0, 32);
