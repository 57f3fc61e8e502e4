/**
 * The stored parts of a schedule (analysis-store.ts): its head, its nodes and its links cut into content-defined
 * groups (content-chunks.ts), its per-issue index (schedule-index.ts) and its views (schedule-views-store.ts),
 * every one a list of content chunks, and with the views the parts of its summary groups (schedule-groups-store.ts).
 * They are a function of the schedule alone, so (issue #11, refresh CPU) a schedule whose fingerprint is the one the previous generation recorded (an edit no node, link or finding shows:
 * an epic's own estimate, a field the schedule does not read) takes the previous manifest's chunks by their hashes
 * and none is made again: the chunks named are the very ones making them again gives. The fingerprint is a SHA-256
 * of the schedule's JSON, node by node and link by link (no 40 MB text at 50,000 issues), with `PARTS_FORMAT`: a
 * Keel that cuts or shapes its parts another way changes it, so no chunk of the old shape is kept.
 */
import { createHash } from 'node:crypto';
import type { ScheduleResult } from '../../contract';
import { contentChunks, itemGroups, type ContentChunk } from './content-chunks';
import { INDEX_FORMAT, scheduleIndexTexts } from './schedule-index';
import { VIEW_NAMES, viewChunks, type ViewName, type ViewsToStore } from './schedule-views-store';
import type { PartKind } from './analysis-part';

/**
 * Changed whenever the parts of one schedule would be cut or shaped differently (views included). 2: the index's
 * buckets hold summary tasks (schedule-index.ts's INDEX_FORMAT 2), so an index of 1 is never kept under a manifest of 2;
 * 3: their summary tasks hold their panel (INDEX_FORMAT 3); 4: the summary tasks are in buckets of their own (INDEX_FORMAT 4).
 */
export const PARTS_FORMAT = 4;

type Stored = Omit<ScheduleResult, 'background'>;

export interface ScheduleParts {
  /** The head, the nodes' groups and the links' groups, in that order. */
  parts: { kind: Exclude<PartKind, 'issues'>; chunks: ContentChunk[] }[];
  /** Each nodes' bucket's chunks. */
  index: ContentChunk[][];
  /** Each summary bucket's chunks. */
  summaryIndex: ContentChunk[][];
  /** The keys the summary buckets hold. */
  summaryKeys: string[];
  views: Record<ViewName, ContentChunk[]> | null;
  /** Each part of the schedule's groups (schedule-groups-store.ts), stored with the views: none without them. */
  groups: ContentChunk[][];
}

/** What the previous generation recorded of its schedule's parts (analysis-store.ts's manifest). */
export interface RecordedParts {
  scheduleHash?: string | undefined;
  parts: { kind: PartKind; hashes?: string[] | undefined }[];
  index?: { chunks: number[]; hashes?: string[][] | undefined; summaryChunks?: number[] | undefined; summaryKeys?: string[] | undefined } | undefined;
  views?: Record<string, string[]> | undefined;
  groups?: string[][] | undefined;
}

/** The schedule's fingerprint: equal for two schedules whose JSON is equal, in the same parts format. */
export function scheduleFingerprint(schedule: Stored): string {
  const hash = createHash('sha256');
  const { nodes, edges, ...head } = schedule;
  hash.update(JSON.stringify([PARTS_FORMAT, head]));
  hash.update('\u0000nodes');
  for (const node of nodes) hash.update(`\n${JSON.stringify(node)}`);
  hash.update('\u0000edges');
  for (const edge of edges) hash.update(`\n${JSON.stringify(edge)}`);
  return hash.digest('hex').slice(0, 32);
}

/** The parts made from the schedule; `named` names each chunk as the analysis's own chunks are named. */
export function scheduleParts(schedule: Stored, views: ViewsToStore | null, named: (chunks: ContentChunk[]) => ContentChunk[]): ScheduleParts {
  const { nodes, edges, ...head } = schedule;
  const parts: ScheduleParts['parts'] = [{ kind: 'head', chunks: named(contentChunks(JSON.stringify({ ...head, nodes: [], edges: [] }))) }];
  for (const text of itemGroups(nodes, (n) => n.key)) parts.push({ kind: 'nodes', chunks: named(contentChunks(text)) });
  for (const text of itemGroups(edges, (e) => `${e.linkId}:${e.from}:${e.to}`)) parts.push({ kind: 'edges', chunks: named(contentChunks(text)) });
  const texts = scheduleIndexTexts(schedule);
  const [index, summaryIndex] = [texts.buckets, texts.summaries].map((buckets) => buckets.map((text) => named(contentChunks(text)))) as [ContentChunk[][], ContentChunk[][]];
  const made = views === null ? null : viewChunks(views, named);
  return { parts, index, summaryIndex, summaryKeys: texts.summaryKeys, views: made?.views ?? null, groups: made?.groups ?? [] };
}

/**
 * The manifest's record of the index of `made` (analysis-manifest.ts): the summary buckets' hashes after the nodes'
 * buckets', so every Keel's `manifestHashes`, the previous release's included, names them.
 */
export function indexRecord(made: Pick<ScheduleParts, 'index' | 'summaryIndex' | 'summaryKeys'>, schedule: Pick<Stored, 'asOf' | 'projectFinish'>) {
  return {
    chunks: made.index.map((c) => c.length),
    hashes: [...made.index, ...made.summaryIndex].map((c) => c.map(({ hash }) => hash)),
    summaryChunks: made.summaryIndex.map((c) => c.length),
    summaryKeys: made.summaryKeys,
    asOf: schedule.asOf,
    projectFinish: schedule.projectFinish,
    format: INDEX_FORMAT,
  };
}

/**
 * The previous generation's parts, named by their hashes (their texts are stored already), when it recorded the
 * same fingerprint and every part by hash, views included when views are wanted; null otherwise.
 */
export function keptScheduleParts(previous: RecordedParts | null, fingerprint: string, wantViews: boolean): ScheduleParts | null {
  if (previous?.scheduleHash !== fingerprint) return null;
  const byHash = (hashes: readonly string[]): ContentChunk[] => hashes.map((hash) => ({ hash, text: '' }));
  const parts: ScheduleParts['parts'] = [];
  for (const part of previous.parts) {
    if (part.kind === 'issues') continue;
    if (part.hashes === undefined) return null;
    parts.push({ kind: part.kind, chunks: byHash(part.hashes) });
  }
  const index = previous.index?.hashes;
  const nodeBuckets = previous.index?.chunks.length ?? 0;
  // The same fingerprint is the same PARTS_FORMAT, whose index has summary buckets: checked all the same.
  const summaryKeys = previous.index?.summaryKeys;
  if (index === undefined || previous.index?.summaryChunks === undefined || summaryKeys === undefined || (wantViews && previous.views === undefined)) return null;
  const views = wantViews && previous.views ? keptViews(previous.views, byHash) : null;
  if (wantViews && views === null) return null;
  // The groups' parts are stored with the views (schedule-views-store.ts), and named in the manifest beside them.
  const groups = wantViews ? previous.groups : [];
  if (groups === undefined) return null;
  return { parts, index: index.slice(0, nodeBuckets).map(byHash), summaryIndex: index.slice(nodeBuckets).map(byHash), summaryKeys, views, groups: groups.map(byHash) };
}

function keptViews(views: Record<string, string[]>, byHash: (hashes: readonly string[]) => ContentChunk[]): Record<ViewName, ContentChunk[]> | null {
  // Every view this Keel stores, or none: a manifest of an earlier Keel lacks a view, which is then made.
  if (!VIEW_NAMES.every((name) => views[name] !== undefined)) return null;
  return Object.fromEntries(VIEW_NAMES.map((name) => [name, byHash(views[name] ?? [])])) as Record<ViewName, ContentChunk[]>;
}
