/**
 * Where an outside variant's per-issue counts of the links it left out are kept (issue #11; left-out-links.ts):
 * in `LEFT_LINK_BUCKETS` keys by a hash of the issue key, `left-links:<variant key>:<bucket>`, each with the
 * generation it was counted for, so the issue panel reads one key for its issue (its first paint reads a handful
 * of keys in all). Only buckets some count falls in are written; a bucket left from an earlier generation keeps
 * that generation, so it is read only by a viewer answered from that generation's variant. All are deleted with
 * the variant. At 50,000 issues a bucket holds under 800 counts, about 16 KB, well under a KVS value's limit.
 */
import * as z from 'zod/mini';
import type { AnalysisKvs } from './analysis-store';

export const LEFT_LINK_BUCKETS = 64;

const bucketRecord = z.object({ generation: z.string(), counts: z.record(z.string(), z.number()) });
const bucketKey = (variantKey: string, bucket: number) => `left-links:${variantKey}:${bucket}`;

/** FNV-1a of the issue key, modulo the bucket count: stable across processes and releases. */
export function leftLinkBucket(issueKey: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < issueKey.length; i++) hash = Math.imul(hash ^ issueKey.charCodeAt(i), 0x01000193) >>> 0;
  return hash % LEFT_LINK_BUCKETS;
}

export async function saveLeftOutLinkCounts(store: AnalysisKvs, variantKey: string, generation: string, counts: Record<string, number>): Promise<void> {
  const buckets = new Map<number, Record<string, number>>();
  for (const [key, n] of Object.entries(counts)) {
    const b = leftLinkBucket(key);
    buckets.set(b, { ...buckets.get(b), [key]: n });
  }
  for (const [b, bucket] of buckets) await store.set(bucketKey(variantKey, b), { generation, counts: bucket });
}

/** The issue's count in the bucket of one of these generations; 0 when the bucket is missing or of another generation. */
export async function loadLeftOutLinkCount(store: AnalysisKvs, variantKey: string, generations: readonly string[], issueKey: string): Promise<number> {
  const read = bucketRecord.safeParse(await store.get(bucketKey(variantKey, leftLinkBucket(issueKey))));
  return read.success && generations.includes(read.data.generation) ? (read.data.counts[issueKey] ?? 0) : 0;
}

export async function deleteLeftOutLinkCounts(store: AnalysisKvs, variantKey: string): Promise<void> {
  for (let b = 0; b < LEFT_LINK_BUCKETS; b++) await store.delete(bucketKey(variantKey, b));
}
