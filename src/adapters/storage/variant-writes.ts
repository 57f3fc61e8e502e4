/**
 * What a writer of an outside variant (compute-outside-variant.ts) is about to store, so that the chunks of one
 * that dies are collected (issue #11). A variant's chunks are named by its generation (analysis-store.ts: two
 * generations' writers may store the same variant at once, so no chunk is shared or reused), and no lease makes
 * its writer the only one: the lease holders' record (chunk-collection.ts) does not fit. Before it writes, the
 * writer records the chunks under a key of its own (variant key and generation), listed under the project; once
 * its manifest has flipped it deletes the record. A record older than any consumer invocation (Forge stops one at
 * 900 s) belongs to a writer that is dead: the next refresh of the project deletes the chunks it names that the
 * variant's manifest in force does not use (none, unless that manifest is of the record's generation), then the
 * record. So a dead writer's chunks stay at most one refresh after 20 minutes, whatever generation replaced it.
 */
import * as z from 'zod/mini';
import type { AnalysisKvs } from './analysis-store';
import { loadAnalysisManifest } from './analysis-store';
import { manifestHashes } from './analysis-manifest';
import { deleteListed, listByPrefix, setListed } from './analysis-kvs-extras';
import { contentChunkKey } from './content-chunks';

/** Past any consumer invocation (900 s) with margin: a writer this old is dead. */
export const DEAD_WRITER_AFTER_MS = 20 * 60_000;
/** Records outlive any refresh that would collect them; KVS drops one forgotten after this (30 days). */
const RECORD_TTL_SECONDS = 30 * 24 * 3600;

const recordSchema = z.object({ variantKey: z.string(), generation: z.string(), written: z.array(z.string()), at: z.string() });
export type VariantWrite = z.infer<typeof recordSchema>;

const prefix = (projectKey: string) => `variant-write:${projectKey}:`;
const recordKey = (projectKey: string, write: Pick<VariantWrite, 'variantKey' | 'generation'>) => `${prefix(projectKey)}${write.variantKey}:${write.generation}`;

export async function recordVariantWrite(store: AnalysisKvs, projectKey: string, write: VariantWrite): Promise<void> {
  await setListed(store, prefix(projectKey), recordKey(projectKey, write), write, RECORD_TTL_SECONDS);
}

/** The variant's manifest has flipped (or the variant was deleted): nothing of this write is left to collect. */
export async function clearVariantWrite(store: AnalysisKvs, projectKey: string, write: Pick<VariantWrite, 'variantKey' | 'generation'>): Promise<void> {
  await deleteListed(store, prefix(projectKey), recordKey(projectKey, write));
}

/** Deletes what dead variant writers of the project left; answers how many chunks. */
export async function collectDeadVariantWriters(store: AnalysisKvs, projectKey: string, now: string): Promise<number> {
  let deleted = 0;
  for (const { key, value } of await listByPrefix(store, prefix(projectKey))) {
    const write = recordSchema.safeParse(value);
    if (write.success && Date.parse(now) - Date.parse(write.data.at) < DEAD_WRITER_AFTER_MS) continue;
    if (write.success) {
      const inForce = await loadAnalysisManifest(store, write.data.variantKey);
      const used = inForce?.generation === write.data.generation ? manifestHashes(inForce) : new Set<string>();
      for (const hash of write.data.written.filter((h) => !used.has(h))) {
        await store.delete(contentChunkKey(write.data.variantKey, hash));
        deleted += 1;
      }
    }
    await deleteListed(store, prefix(projectKey), key);
  }
  return deleted;
}
