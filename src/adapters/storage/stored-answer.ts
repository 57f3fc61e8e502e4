/**
 * One answer a queue consumer computed for a large project (an Overview, a variant of it), stored in Forge
 * storage under a generation (DESIGN.md section 5): its JSON cut into chunks under KVS's 240 KiB a value
 * (analysis-chunks.ts), then a record naming the generation, the hash of the text and the chunk count, written
 * last, so a reader finds the old answer or the new one whole. The chunks are stored under the text's hash: an
 * answer stored again with the same figures writes nothing, one stored again under the same generation with
 * other figures never overwrites the chunks a reader may be joining, and the replaced text's chunks are deleted
 * after the flip. A writer first records the chunks it is about to write, so what a writer that died left behind
 * is deleted by the next one. A reader compares the generation with the stored analysis's: another one is being
 * replaced. An instance that parsed that very text already answers from it (warm-answers.ts). A record stored
 * before Keel kept hashes names its chunks by generation, and is still read.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import type { AnalysisKvs } from './analysis-store';
import { analysisChunks } from './analysis-chunks';
import { readChunkedJson } from './chunked-json';
import { keepWarmAnswer, warmAnswer } from './warm-answers';

/** `hash`: of the stored text, naming its chunks; absent in a record stored before Keel kept it. */
const record = z.object({ generation: z.string(), chunks: z.number(), hash: z.optional(z.string()) });
type StoredRecord = z.infer<typeof record>;
/** The chunks a writer is writing: `id` names them as a record's hash or generation does. */
const pendingRecord = z.object({ id: z.string(), chunks: z.number() });

const recordKey = (key: string) => `stored-answer:${key}`;
const pendingKey = (key: string) => `stored-answer:${key}:pending`;
const chunkKey = (key: string, id: string, i: number) => `stored-answer:${key}:${id}:${i}`;
/** What names a record's chunks: its text's hash, or its generation in a record stored before Keel kept hashes. */
const chunksId = (head: StoredRecord) => head.hash ?? head.generation;

/** Answers the hash of the text stored, which names it (a companion of the answer names the text it was made from). */
export async function saveStoredAnswer(store: AnalysisKvs, key: string, generation: string, value: unknown): Promise<string> {
  const [previous, pending] = await Promise.all([store.get(recordKey(key)).then((v) => record.safeParse(v)), store.get(pendingKey(key)).then((v) => pendingRecord.safeParse(v))]);
  const text = JSON.stringify(value);
  const hash = textHash(text);
  const stored = previous.success ? chunksId(previous.data) : null;
  // Chunks a writer that died was writing, no record names and this writer does not write again.
  if (pending.success && pending.data.id !== stored && pending.data.id !== hash) await deleteChunks(store, key, pending.data.id, pending.data.chunks);
  if (stored === hash) {
    // The same text: only the generation it answers for moves on.
    if (previous.success && previous.data.generation !== generation) await store.set(recordKey(key), { ...previous.data, generation });
  } else {
    const chunks = analysisChunks(text);
    await store.set(pendingKey(key), { id: hash, chunks: chunks.length });
    for (const [i, chunk] of chunks.entries()) await store.set(chunkKey(key, hash, i), chunk);
    await store.set(recordKey(key), { generation, chunks: chunks.length, hash });
    if (previous.success) await deleteChunks(store, key, chunksId(previous.data), previous.data.chunks);
  }
  if (pending.success || stored !== hash) await store.delete(pendingKey(key));
  return hash;
}

/** The answer gone for good, its record first (a variant of a superseded generation: outside-variants.ts), and what a dead writer left. */
export async function deleteStoredAnswer(store: AnalysisKvs, key: string): Promise<void> {
  const [head, pending] = await Promise.all([store.get(recordKey(key)).then((v) => record.safeParse(v)), store.get(pendingKey(key)).then((v) => pendingRecord.safeParse(v))]);
  if (head.success) {
    await store.delete(recordKey(key));
    await deleteChunks(store, key, chunksId(head.data), head.data.chunks);
  }
  if (pending.success) {
    if (!head.success || pending.data.id !== chunksId(head.data)) await deleteChunks(store, key, pending.data.id, pending.data.chunks);
    await store.delete(pendingKey(key));
  }
}

async function deleteChunks(store: AnalysisKvs, key: string, id: string, chunks: number): Promise<void> {
  for (let i = chunks - 1; i >= 0; i--) await store.delete(chunkKey(key, id, i));
}

/** The answer and its generation; null when none is stored, a chunk is gone (being replaced) or it does not parse. */
export async function loadStoredAnswer<T>(store: AnalysisKvs, key: string, schema: z.ZodMiniType<T>): Promise<{ generation: string; value: T } | null> {
  const head = record.safeParse(await store.get(recordKey(key)));
  if (!head.success) return null;
  const { generation, hash } = head.data;
  const kept = hash === undefined ? undefined : warmAnswer(key, hash);
  if (kept !== undefined) return { generation, value: kept as T };
  // The record just read names the chunks: not read again.
  const read = await readChunkedJson(store, { head: recordKey(key), chunk: (_, i) => chunkKey(key, chunksId(head.data), i) }, record, schema, head.data);
  if (read === null) return null;
  return { generation, value: hash === undefined ? read.value : keepWarmAnswer(key, hash, read.value, read.bytes) };
}

/**
 * The record alone: the answer's generation and the hash of its text (undefined in a record stored before Keel
 * kept hashes), with the value when this instance parsed that very text already (warm-answers.ts); null when none.
 */
export async function loadStoredAnswerHead(store: AnalysisKvs, key: string): Promise<{ generation: string; hash: string | undefined; warm: unknown } | null> {
  const head = record.safeParse(await store.get(recordKey(key)));
  if (!head.success) return null;
  const { generation, hash } = head.data;
  return { generation, hash, warm: hash === undefined ? undefined : warmAnswer(key, hash) };
}

/** Names the text, not its meaning: two texts of the same figures spelt otherwise are two answers. */
const textHash = (text: string): string => createHash('sha256').update(text).digest('base64url').slice(0, 32);
