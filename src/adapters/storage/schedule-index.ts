/**
 * A stored schedule's per-issue index (issue #11): each node with the links that touch it and the cycles it is
 * in, in buckets chosen by a hash of the issue key (FNV-1a, 50 to 100 issues a bucket), each bucket's JSON cut
 * into chunks as the analysis's parts are. The issue panel and `risks/issue` read the buckets of the handful of
 * issues they show, not the whole schedule. Written under the analysis's generation before its manifest flips,
 * so a reader of a generation finds its index; the manifest records the chunks of each bucket, by their hashes
 * (content-chunks.ts: a bucket no issue of which changed is not written again) or, stored before Keel kept
 * hashes, by generation and bucket.
 */
import { z } from 'zod';
import { scheduleCycle, scheduleEdge, scheduleNode, type ScheduleCycle, type ScheduleEdge, type ScheduleNode } from '../../contract';
import { analysisChunks } from './analysis-chunks';
import { contentChunkKey } from './content-chunks';
import type { AnalysisKvs } from './analysis-store';

export interface IndexedIssue {
  node: ScheduleNode;
  /** The links with this issue at either end. */
  edges: ScheduleEdge[];
  cycles: ScheduleCycle[];
}

/** Issues a bucket holds on average, at most. */
const BUCKET_ISSUES = 100;

/**
 * Buckets for `issues`: a power of two, so the count (and with it every issue's bucket, and every bucket's text)
 * changes only when the scope doubles or halves past 100 issues a bucket, not at each 100th issue added or removed.
 * Example: 300 and 301 issues both make 4 buckets (75 a bucket on average); 401 make 8.
 */
export function bucketCount(issues: number): number {
  const wanted = Math.max(1, Math.ceil(issues / BUCKET_ISSUES));
  return 2 ** Math.ceil(Math.log2(wanted));
}
/** Buckets read at once. */
const PARALLEL_READS = 10;

const bucketSchema = z.record(z.string(), z.object({ node: scheduleNode, edges: z.array(scheduleEdge), cycles: z.array(scheduleCycle) }));

export const indexChunkKey = (analysisKey: string, generation: string, bucket: number, i: number): string => `schedule-analysis:${analysisKey}:${generation}:index:${bucket}:${i}`;

/** FNV-1a over the key's UTF-16 code units: the same bucket for the writer and every reader. */
export function bucketOf(key: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return hash % buckets;
}

/** The JSON of each bucket of the index of `schedule` (at least one bucket), in bucket order. */
export function scheduleIndexTexts(schedule: { nodes: readonly ScheduleNode[]; edges: readonly ScheduleEdge[]; cycles: readonly ScheduleCycle[] }): string[] {
  const count = bucketCount(schedule.nodes.length);
  const buckets: Record<string, IndexedIssue>[] = Array.from({ length: count }, () => ({}));
  const byKey = new Map<string, IndexedIssue>();
  // In key order, so a bucket's text does not depend on the order of the nodes, only on what they hold.
  for (const node of [...schedule.nodes].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))) {
    const entry: IndexedIssue = { node, edges: [], cycles: [] };
    byKey.set(node.key, entry);
    (buckets[bucketOf(node.key, count)] as Record<string, IndexedIssue>)[node.key] = entry;
  }
  for (const edge of schedule.edges) {
    byKey.get(edge.from)?.edges.push(edge);
    if (edge.to !== edge.from) byKey.get(edge.to)?.edges.push(edge);
  }
  for (const cycle of schedule.cycles) for (const key of new Set(cycle.issueKeys)) byKey.get(key)?.cycles.push(cycle);
  return buckets.map((entries) => JSON.stringify(entries));
}

/**
 * Writes the index of `schedule` under `generation`, as Keel stored it before content chunks (the layout the reader
 * still reads from older manifests), and returns the number of chunks of each bucket (every bucket has at least one).
 */
export async function saveScheduleIndex(
  store: AnalysisKvs,
  analysisKey: string,
  generation: string,
  schedule: { nodes: readonly ScheduleNode[]; edges: readonly ScheduleEdge[]; cycles: readonly ScheduleCycle[] },
): Promise<number[]> {
  const chunks: number[] = [];
  for (const [bucket, text] of scheduleIndexTexts(schedule).entries()) {
    const parts = analysisChunks(text);
    for (const [i, part] of parts.entries()) await store.set(indexChunkKey(analysisKey, generation, bucket, i), part);
    chunks.push(parts.length);
  }
  return chunks;
}

/** The keys of every chunk of an index, for deleting a generation. */
export function indexChunkKeys(analysisKey: string, generation: string, chunks: readonly number[]): string[] {
  return chunks.flatMap((n, bucket) => Array.from({ length: n }, (_, i) => indexChunkKey(analysisKey, generation, bucket, i)));
}

/**
 * A reader of one generation's index that reads each bucket once, however often it is asked. `get` answers the
 * entries of the keys the index holds (a key it does not hold is left out); null when a chunk is missing or
 * damaged (the generation was just replaced): the caller reads the whole schedule instead.
 */
export function scheduleIndexReader(store: AnalysisKvs, analysisKey: string, generation: string, chunks: readonly number[], hashes?: readonly (readonly string[])[]) {
  const keyOf = (bucket: number, i: number): string => {
    const hash = hashes?.[bucket]?.[i];
    return hash === undefined ? indexChunkKey(analysisKey, generation, bucket, i) : contentChunkKey(analysisKey, hash);
  };
  const read = new Map<number, Record<string, IndexedIssue>>();
  let calls = 0;
  async function readBucket(bucket: number): Promise<Record<string, IndexedIssue> | null> {
    const n = chunks[bucket] ?? 0;
    const values = await Promise.all(Array.from({ length: n }, (_, i) => store.get(keyOf(bucket, i))));
    calls += n;
    if (values.some((v) => typeof v !== 'string')) return null;
    try {
      const parsed = bucketSchema.safeParse(JSON.parse(values.join('')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
  return {
    /** Storage calls made so far (for tests and the bench). */
    calls: () => calls,
    async get(keys: Iterable<string>): Promise<Map<string, IndexedIssue> | null> {
      const wanted = [...new Set(keys)];
      const missing = [...new Set(wanted.map((k) => bucketOf(k, chunks.length)))].filter((b) => !read.has(b));
      for (let start = 0; start < missing.length; start += PARALLEL_READS) {
        const batch = missing.slice(start, start + PARALLEL_READS);
        const buckets = await Promise.all(batch.map(readBucket));
        for (const [i, bucket] of buckets.entries()) {
          if (bucket === null) return null;
          read.set(batch[i] as number, bucket);
        }
      }
      const found = new Map<string, IndexedIssue>();
      for (const key of wanted) {
        const entry = read.get(bucketOf(key, chunks.length))?.[key];
        if (entry) found.set(key, entry);
      }
      return found;
    },
  };
}

export type ScheduleIndexReader = ReturnType<typeof scheduleIndexReader>;
