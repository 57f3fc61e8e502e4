/**
 * Writes a new generation of content chunks (content-chunks.ts) and flips to it: only the chunks the previous
 * generation does not hold are written, the flip (one write, the caller's) lands, then the previous generation's
 * chunks the new one does not use are deleted. Before the first write, what it is about to do is recorded
 * (chunk-collection.ts), so whatever point a writer dies at, the next one collects what it left. A reader that
 * read the previous manifest just before the flip may find a chunk gone after it: it reads the manifest again,
 * as it did when every generation's chunks were deleted after the flip (analysis-store.ts).
 * Storage calls: the record's read, write and delete, one write per new chunk, one delete per superseded chunk.
 */
import type { AnalysisKvs } from './analysis-store';
import { clearPendingChunks, collectPendingChunks, savePendingChunks } from './chunk-collection';
import { contentChunkKey, type ContentChunk } from './content-chunks';

export interface ContentGeneration {
  generation: string;
  /** Every chunk the new generation uses (a hash may come more than once). */
  chunks: readonly ContentChunk[];
  /** The hashes the generation in force uses: kept when still used, deleted after the flip when not. */
  previous: ReadonlySet<string>;
  /** The write that makes the new generation the one in force. */
  flip: () => Promise<void>;
  /** Whether the write is recorded for collection (a writer that holds the project's lease: the only one of this analysis). */
  recorded: boolean;
}

/** Stores `next` and flips to it; answers how many chunks were written and how many deleted. */
export async function storeContentGeneration(store: AnalysisKvs, analysisKey: string, next: ContentGeneration): Promise<{ written: number; deleted: number }> {
  // A writer that died before this one left its record: what it wrote is not in force, so it goes first.
  if (next.recorded) await collectPendingChunks(store, analysisKey, next.previous);
  const fresh = new Map<string, string>();
  for (const { hash, text } of next.chunks) if (!next.previous.has(hash)) fresh.set(hash, text);
  const used = new Set(next.chunks.map((c) => c.hash));
  const superseded = [...next.previous].filter((hash) => !used.has(hash));
  if (next.recorded) await savePendingChunks(store, analysisKey, { generation: next.generation, written: [...fresh.keys()], superseded });
  for (const [hash, text] of fresh) await store.set(contentChunkKey(analysisKey, hash), text);
  await next.flip();
  for (const hash of superseded) await store.delete(contentChunkKey(analysisKey, hash));
  if (next.recorded) await clearPendingChunks(store, analysisKey);
  return { written: fresh.size, deleted: superseded.length };
}
