/**
 * Collection of an analysis's content chunks (content-chunks.ts), which no generation id names: before a writer
 * stores a new generation it records which chunks it is about to write and which of the previous generation's
 * the new one no longer needs. After the manifest flips it deletes the latter, then the record. A writer that
 * dies at any point leaves the record; the next writer (or the next chain, refresh-chain.ts) deletes every chunk
 * it names that the manifest in force does not use: the new chunks when the flip never landed, the superseded
 * ones when it did. The record is one KVS value (at 50,000 issues a whole new analysis names ~700 hashes, ~20 KB).
 */
import * as z from 'zod/mini';
import type { AnalysisKvs } from './analysis-store';
import { contentChunkKey } from './content-chunks';

const pendingSchema = z.object({ generation: z.string(), written: z.array(z.string()), superseded: z.array(z.string()) });
export type PendingChunks = z.infer<typeof pendingSchema>;

const pendingKey = (analysisKey: string) => `schedule-analysis:${analysisKey}:pending`;

export async function savePendingChunks(store: AnalysisKvs, analysisKey: string, pending: PendingChunks): Promise<void> {
  await store.set(pendingKey(analysisKey), pending);
}

/** The flip landed and the superseded chunks are deleted: nothing is left to collect. */
export async function clearPendingChunks(store: AnalysisKvs, analysisKey: string): Promise<void> {
  await store.delete(pendingKey(analysisKey));
}

/** Deletes what a writer that died left: the chunks its record names that `inUse` (the manifest in force's hashes) does not hold. */
export async function collectPendingChunks(store: AnalysisKvs, analysisKey: string, inUse: ReadonlySet<string>): Promise<number> {
  const pending = pendingSchema.safeParse(await store.get(pendingKey(analysisKey)));
  if (!pending.success) return 0;
  const stray = [...new Set([...pending.data.written, ...pending.data.superseded])].filter((hash) => !inUse.has(hash));
  for (const hash of stray) await store.delete(contentChunkKey(analysisKey, hash));
  await clearPendingChunks(store, analysisKey);
  return stray.length;
}
