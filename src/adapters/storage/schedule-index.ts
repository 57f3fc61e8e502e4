/**
 * A stored schedule's per-issue index (issue #11): each node with the links that touch it and the cycles it is
 * in, in buckets chosen by a hash of the issue key (FNV-1a, 50 to 100 issues a bucket), each bucket's JSON cut
 * into chunks as the analysis's parts are. The issue panel and `risks/issue` read the buckets of the handful of
 * issues they show, not the whole schedule. Written under the analysis's generation before its manifest flips,
 * so a reader of a generation finds its index; the manifest records the chunks of each bucket, by their hashes
 * (content-chunks.ts: a bucket no issue of which changed is not written again) or, stored before Keel kept
 * hashes, by generation and bucket.
 * Since format 2 a bucket also holds the summary tasks (parents) whose key hashes to it, each with its reach
 * (summary-reach.ts), and since format 3 with its panel's rows and links (summary-index-entry.ts), so an epic's
 * panel reads its own bucket, not the whole schedule nor its issues' buckets. Since format 4 the summary tasks are
 * in buckets of their own (`SUMMARIES_PER_BUCKET` each), so a task's bucket holds nodes alone again (at 10,000
 * issues its text halves) and an edit rewrites its epic's summary bucket only when that epic's panel changes.
 */
import { z } from 'zod';
import { scheduleCycle, scheduleEdge, scheduleNode, type ScheduleCycle, type ScheduleEdge, type ScheduleNode, type ScheduleSummary } from '../../contract';
import { summaryReach } from '../../domain/schedule/summary-reach';
import { indexedSummary, indexedSummaryEntry, type IndexedSummary } from './summary-index-entry';
import { analysisChunks } from './analysis-chunks';
import { contentChunkKey } from './content-chunks';
import type { AnalysisKvs } from './analysis-store';

export type { IndexedSummary } from './summary-index-entry';

export interface IndexedIssue {
  node: ScheduleNode;
  /** The links with this issue at either end. */
  edges: ScheduleEdge[];
  cycles: ScheduleCycle[];
}

/**
 * The shape of the index's buckets, which the manifest records (analysis-manifest.ts): 4 holds the summary tasks in
 * buckets of their own (the manifest's `summaryChunks`); 3 held each summary task's panel (summary-index-entry.ts)
 * in the buckets of the nodes; 2 held summary tasks there without it (their panel reads their issues' buckets); an
 * index without it (stored before) holds only nodes, and a summary task's panel reads the whole schedule.
 * A reader of format 3 (the previous release, during a deploy) reading format 4 finds no summary task in the
 * nodes' buckets and reads the whole schedule for its panel, as for a key the index does not hold.
 */
export const INDEX_FORMAT = 4;
/** The first format whose buckets hold summary tasks. */
export const SUMMARIES_FORMAT = 2;
/** The first format whose summary tasks hold their panel. */
export const PANELS_FORMAT = 3;

/** Issues a bucket holds on average, at most. */
const BUCKET_ISSUES = 100;
/**
 * Summary tasks a summary bucket holds on average, at most: an epic's entry (its panel) is ~37 KB on a generated
 * 10,000-issue site, so two make about one chunk, which is what an epic's panel reads.
 */
const SUMMARIES_PER_BUCKET = 2;

/**
 * Buckets for `issues`: a power of two, so the count (and with it every issue's bucket, and every bucket's text)
 * changes only when the scope doubles or halves past 100 issues a bucket, not at each 100th issue added or removed.
 * Example: 300 and 301 issues both make 4 buckets (75 a bucket on average); 401 make 8.
 */
export function bucketCount(issues: number): number {
  const wanted = Math.max(1, Math.ceil(issues / BUCKET_ISSUES));
  return 2 ** Math.ceil(Math.log2(wanted));
}

/**
 * Buckets for `summaries` summary tasks, a power of two as `bucketCount`'s, none for none. Example: 244 summary tasks
 * (the generated 10,000-issue site) make 128 buckets; 2 make 1; 3 make 2.
 */
export function summaryBucketCount(summaries: number): number {
  return summaries === 0 ? 0 : 2 ** Math.ceil(Math.log2(Math.ceil(summaries / SUMMARIES_PER_BUCKET)));
}
/** What the index is made of: a stored schedule's nodes, links, cycles and summary tasks. */
type IndexedSchedule = { nodes: readonly ScheduleNode[]; edges: readonly ScheduleEdge[]; cycles: readonly ScheduleCycle[]; summaries?: readonly ScheduleSummary[] | undefined };

/** Buckets read at once. */
const PARALLEL_READS = 10;

const indexedIssue = z.object({ node: scheduleNode, edges: z.array(scheduleEdge), cycles: z.array(scheduleCycle) });
const bucketSchema = z.record(z.string(), z.union([indexedIssue, indexedSummary]));
type Bucket = Record<string, IndexedIssue | IndexedSummary>;

/** The texts of an index: the nodes' buckets, then the summary tasks' (format 4), each in bucket order. */
export interface ScheduleIndexTexts {
  buckets: string[];
  summaries: string[];
  /** The keys the summary buckets hold, in key order (the manifest's `summaryKeys`). */
  summaryKeys: string[];
}

export const indexChunkKey = (analysisKey: string, generation: string, bucket: number, i: number): string => `schedule-analysis:${analysisKey}:${generation}:index:${bucket}:${i}`;

/** FNV-1a over the key's UTF-16 code units: the same bucket for the writer and every reader. */
export function bucketOf(key: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return hash % buckets;
}

/** The JSON of each bucket of the index of `schedule` (at least one nodes' bucket), in bucket order. */
export function scheduleIndexTexts(schedule: IndexedSchedule): ScheduleIndexTexts {
  const count = bucketCount(schedule.nodes.length);
  const byKey = new Map<string, IndexedIssue>();
  for (const node of schedule.nodes) byKey.set(node.key, { node, edges: [], cycles: [] });
  for (const edge of schedule.edges) {
    byKey.get(edge.from)?.edges.push(edge);
    if (edge.to !== edge.from) byKey.get(edge.to)?.edges.push(edge);
  }
  for (const cycle of schedule.cycles) for (const key of new Set(cycle.issueKeys)) byKey.get(key)?.cycles.push(cycle);
  const summaries: [string, IndexedSummary][] = [];
  const reach = summaryReach(schedule);
  // A key that is a node too keeps its node (summary-reach.ts reads it as the node).
  for (const summary of schedule.summaries ?? []) {
    const r = reach.get(summary.key);
    if (r && !byKey.has(summary.key)) summaries.push([summary.key, indexedSummaryEntry(summary, r, (key) => byKey.get(key))]);
  }
  const summaryKeys = summaries.map(([key]) => key).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  return { buckets: bucketTexts([...byKey], count), summaries: bucketTexts(summaries, summaryBucketCount(summaries.length)), summaryKeys };
}

function bucketTexts(entries: [string, IndexedIssue | IndexedSummary][], count: number): string[] {
  const buckets: Bucket[] = Array.from({ length: count }, () => ({}));
  // In key order, so a bucket's text does not depend on the order of the nodes, only on what they hold.
  for (const [key, entry] of entries.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) (buckets[bucketOf(key, count)] as Bucket)[key] = entry;
  return buckets.map((entries) => JSON.stringify(entries));
}

/** Where an index's chunks are, as the manifest records them (analysis-manifest.ts). */
export interface IndexChunks {
  /** The chunks of each nodes' bucket. */
  chunks: readonly number[];
  /**
   * The hashes of each bucket's chunks: the nodes' buckets, then the summary buckets (format 4), so every Keel that
   * collects the hashes a manifest names (the previous release's included) keeps them. Absent: named by generation.
   */
  hashes?: readonly (readonly string[])[] | undefined;
  /** The chunks of each summary bucket (format 4); absent from an index whose nodes' buckets hold its summary tasks. */
  summaryChunks?: readonly number[] | undefined;
  /** The keys the summary buckets hold (format 4): no nodes' bucket is read for one, it holds none of them. */
  summaryKeys?: readonly string[] | undefined;
}

/**
 * Writes the index of `schedule` under `generation`, as Keel stored it before content chunks (the layout the reader
 * still reads from older manifests: a summary bucket numbered after the nodes' buckets), and returns where its
 * chunks are (every bucket has at least one).
 */
export async function saveScheduleIndex(
  store: AnalysisKvs,
  analysisKey: string,
  generation: string,
  schedule: IndexedSchedule,
): Promise<{ chunks: number[]; summaryChunks: number[]; summaryKeys: string[] }> {
  const texts = scheduleIndexTexts(schedule);
  const counts: number[] = [];
  for (const [bucket, text] of [...texts.buckets, ...texts.summaries].entries()) {
    const parts = analysisChunks(text);
    for (const [i, part] of parts.entries()) await store.set(indexChunkKey(analysisKey, generation, bucket, i), part);
    counts.push(parts.length);
  }
  return { chunks: counts.slice(0, texts.buckets.length), summaryChunks: counts.slice(texts.buckets.length), summaryKeys: texts.summaryKeys };
}

/** The keys of every chunk of an index, for deleting a generation. */
export function indexChunkKeys(analysisKey: string, generation: string, index: Pick<IndexChunks, 'chunks' | 'summaryChunks'>): string[] {
  return [...index.chunks, ...(index.summaryChunks ?? [])].flatMap((n, bucket) => Array.from({ length: n }, (_, i) => indexChunkKey(analysisKey, generation, bucket, i)));
}

/**
 * A reader of one generation's index that reads each bucket once, however often it is asked. `get` answers the
 * entries of the keys the index holds (a key it does not hold is left out); null when a chunk is missing or
 * damaged (the generation was just replaced): the caller reads the whole schedule instead. Buckets are numbered
 * the nodes' first, then the summary buckets.
 */
export function scheduleIndexReader(store: AnalysisKvs, analysisKey: string, generation: string, index: IndexChunks) {
  const { chunks, hashes, summaryChunks } = index;
  const all = [...chunks, ...(summaryChunks ?? [])];
  const summaryKeys = new Set(index.summaryKeys);
  const keyOf = (bucket: number, i: number): string => {
    const hash = hashes?.[bucket]?.[i];
    return hash === undefined ? indexChunkKey(analysisKey, generation, bucket, i) : contentChunkKey(analysisKey, hash);
  };
  const nodeBucket = (key: string): number => bucketOf(key, chunks.length);
  // Before format 4 a summary task is in the nodes' buckets; without summary tasks there is no bucket to read.
  const summaryBucket = (key: string): number | undefined =>
    summaryChunks === undefined ? nodeBucket(key) : summaryChunks.length === 0 ? undefined : chunks.length + bucketOf(key, summaryChunks.length);
  const read = new Map<number, Bucket>();
  let calls = 0;
  async function readBucket(bucket: number): Promise<Bucket | null> {
    const n = all[bucket] ?? 0;
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
    /** The entries of the nodes among `keys`; null when a bucket could not be read. */
    async get(keys: Iterable<string>): Promise<Map<string, IndexedIssue> | null> {
      // A summary task of format 4 is in no nodes' bucket: an epic's panel, which asks for its key, reads its summary bucket alone.
      const wanted = [...new Set(keys)].filter((key) => !summaryKeys.has(key));
      const entries = await readEntries(wanted.map((key) => [key, nodeBucket(key)]));
      if (entries === null) return null;
      const found = new Map<string, IndexedIssue>();
      for (const [key, entry] of entries) if ('node' in entry) found.set(key, entry);
      return found;
    },
    /** The summary task `key` with its reach; undefined when it is none (or the index predates SUMMARIES_FORMAT), null when its bucket could not be read. */
    async summary(key: string): Promise<IndexedSummary | undefined | null> {
      const bucket = summaryBucket(key);
      if (bucket === undefined) return undefined;
      const entries = await readEntries([[key, bucket]]);
      if (entries === null) return null;
      const entry = entries.get(key);
      return entry && 'summary' in entry ? entry : undefined;
    },
  };

  /** The entries of `wanted` (each key with the bucket that would hold it). */
  async function readEntries(wanted: readonly [string, number][]): Promise<Map<string, IndexedIssue | IndexedSummary> | null> {
    const missing = [...new Set(wanted.map(([, b]) => b))].filter((b) => !read.has(b));
    for (let start = 0; start < missing.length; start += PARALLEL_READS) {
      const batch = missing.slice(start, start + PARALLEL_READS);
      const buckets = await Promise.all(batch.map(readBucket));
      for (const [i, bucket] of buckets.entries()) {
        if (bucket === null) return null;
        read.set(batch[i] as number, bucket);
      }
    }
    const found = new Map<string, IndexedIssue | IndexedSummary>();
    for (const [key, bucket] of wanted) {
      const entry = read.get(bucket)?.[key];
      if (entry) found.set(key, entry);
    }
    return found;
  }
}

export type ScheduleIndexReader = ReturnType<typeof scheduleIndexReader>;
