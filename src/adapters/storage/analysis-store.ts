/**
 * A large project's schedule analysis in Forge storage (DESIGN.md section 5): the schedule and the Jira issues it
 * was computed from, in parts (the schedule's head, its nodes, its links and its issues, 2,000 to a part) so no
 * step holds the whole analysis as one JSON text; each part's text is cut into chunks well under KVS's 240 KiB a
 * value, and a manifest record lists the parts.
 * A new analysis is written under a new generation id and the manifest is flipped last, so a reader sees the
 * old analysis or the new one, never half of each; the old generation's chunks are deleted after the flip.
 * Chunks are content-addressed (content-chunks.ts): the lists are cut at content-defined boundaries and a chunk
 * the previous generation already holds is not written again, so a refresh after a small edit writes a few
 * chunks, not the whole analysis; the chunks no generation uses any more are collected (chunk-collection.ts).
 * A manifest stored before that names its chunks by generation and part (no `hashes`), and is still read.
 * A schedule the same as the previous generation's keeps that generation's schedule parts (schedule-parts.ts).
 */
import type { JiraIssue } from '../jira/jira-issue-schema';
import type { ScheduleResult } from '../../contract';
import { inFlightLimit, MAX_READS_IN_FLIGHT } from '../in-flight';
import { collectPendingChunks } from './chunk-collection';
import { contentChunkKey, contentChunks, itemGroups, type ContentChunk } from './content-chunks';
import { storeContentGeneration } from './content-generation';
import { issueGroups, rememberIssueGroups } from './issue-groups';
import { indexChunkKey, indexChunkKeys } from './schedule-index';
import type { ViewsToStore } from './schedule-views-store';
import { indexRecord, keptScheduleParts, scheduleFingerprint, scheduleParts } from './schedule-parts';
import { parsedPart, type PartKind } from './analysis-part';
import { ANALYSIS_VERSION, chunkKey, loadAnalysisManifest, manifestHashes, manifestKey, partChunkKey, type AnalysisManifest } from './analysis-manifest';
import { keepWarm, warmSchedule } from './warm-schedules';

export { ANALYSIS_VERSION, loadAnalysisManifest, manifestHashes, partChunkKey, type AnalysisManifest } from './analysis-manifest';

/** The part of `@forge/kvs` the store needs; the resolver and the consumer pass the real `kvs`. */
export interface AnalysisKvs {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * KVS's own atomic writes, where the store has them (the real `kvs` does; analysis-kvs-extras.ts falls back to a
   * read then a write, enough for a store one process uses): write only when no live value is there
   * (FAIL_IF_EXISTS), false when one is; write to expire after `ttlSeconds`; one page of keys by prefix.
   */
  setIfAbsent?(key: string, value: unknown, ttlSeconds: number): Promise<boolean>;
  setExpiring?(key: string, value: unknown, ttlSeconds: number): Promise<void>;
  queryPrefix?(prefix: string, cursor?: string): Promise<{ results: { key: string; value: unknown }[]; nextCursor?: string | undefined }>;
}


const ALL_PARTS: ReadonlySet<PartKind> = new Set(['head', 'nodes', 'edges', 'issues']);

export interface StoredAnalysis {
  manifest: AnalysisManifest;
  /** The scope's issues as the app read them: the inputs an incremental refresh merges into. */
  issues: JiraIssue[];
  schedule: Omit<ScheduleResult, 'background'>;
}

export async function saveAnalysis(
  store: AnalysisKvs,
  projectKey: string,
  analysis: {
    generation: string;
    computedAt: string;
    lastSync: string;
    settingsHash: string;
    issues: JiraIssue[];
    schedule: Omit<ScheduleResult, 'background'>;
    issueCount?: number;
    projects?: Record<string, number>;
    /**
     * The views of the schedule for a viewer who may browse all of it (schedule-views/stored-views.ts); a function
     * is called only when the previous generation's views cannot be kept (schedule-parts.ts).
     */
    views?: ViewsToStore | (() => ViewsToStore);
  },
  /**
   * `reuse`: only for a writer that holds the project's lease (refresh-chain.ts), the only writer of `projectKey`
   * at a time: chunks the previous generation holds are kept, and a record of the write lets the next writer
   * collect what a dead one left. Otherwise (the outside variants, which writers of two generations may store at
   * once) each chunk's name starts with the generation, so two writers never share or delete each other's chunks.
   */
  options: {
    reuse?: boolean;
    /** Told every chunk it is about to write before the first write: an outside variant's writer records them (variant-writes.ts). */
    beforeWrite?: (hashes: readonly string[]) => Promise<void>;
  } = {},
): Promise<AnalysisManifest> {
  const previous = await loadAnalysisManifest(store, projectKey);
  const named = (chunks: ContentChunk[]): ContentChunk[] => (options.reuse === true ? chunks : chunks.map((c) => ({ ...c, hash: `${analysis.generation}.${c.hash}` })));
  const previousHashes = previous ? manifestHashes(previous) : new Set<string>();
  // A writer of content-named chunks keeps the previous generation's schedule parts when its schedule is the same (schedule-parts.ts).
  const fingerprint = options.reuse === true ? scheduleFingerprint(analysis.schedule) : null;
  const { views: viewsOf } = analysis;
  const kept = fingerprint === null ? null : keptScheduleParts(previous, fingerprint, viewsOf !== undefined);
  const made = kept ?? scheduleParts(analysis.schedule, viewsOf === undefined ? null : typeof viewsOf === 'function' ? viewsOf() : viewsOf, named);
  const partChunks: { kind: PartKind; chunks: ContentChunk[] }[] = [...made.parts];
  // The groups of issues read unchanged are named by their stored chunks (issue-groups.ts): not written again, so no text.
  const issueParts = options.reuse === true ? issueGroups(analysis.issues, previousHashes) : itemGroups(analysis.issues, (i) => i.key).map((text) => ({ text }));
  for (const group of issueParts) partChunks.push({ kind: 'issues', chunks: 'text' in group ? named(contentChunks(group.text)) : group.hashes.map((hash) => ({ hash, text: '' })) });
  const { index: indexChunks, summaryIndex } = made;
  const parts: AnalysisManifest['parts'] = partChunks.map(({ kind, chunks }) => ({ kind, chunks: chunks.length, hashes: chunks.map((c) => c.hash) }));
  const index = indexRecord(made, analysis.schedule);
  const { views } = made;
  const manifest: AnalysisManifest = {
    version: ANALYSIS_VERSION,
    generation: analysis.generation,
    computedAt: analysis.computedAt,
    lastSync: analysis.lastSync,
    scopeJql: analysis.schedule.scopeJql,
    settingsHash: analysis.settingsHash,
    parts,
    // An analysis stored without its issues (the schedule without levels) says how many its scope held.
    issueCount: analysis.issueCount ?? analysis.issues.length,
    projects: analysis.projects ?? issuesByProject(analysis.issues),
    index,
    ...(views ? { views: Object.fromEntries(Object.entries(views).map(([name, chunks]) => [name, chunks.map((c) => c.hash)])), groups: made.groups.map((c) => c.map(({ hash }) => hash)) } : {}),
    ...(fingerprint === null ? {} : { scheduleHash: fingerprint }),
  };
  const chunks = [...partChunks.flatMap((p) => p.chunks), ...indexChunks.flat(), ...summaryIndex.flat(), ...Object.values(views ?? {}).flat(), ...made.groups.flat()];
  await options.beforeWrite?.([...new Set(chunks.map((c) => c.hash))]);
  // The flip: one write. Until it lands, readers read the previous generation, whose chunks are all still there.
  await storeContentGeneration(store, projectKey, {
    generation: analysis.generation,
    chunks,
    previous: previousHashes,
    flip: () => store.set(manifestKey(projectKey), manifest),
    recorded: options.reuse === true,
  });
  if (previous && previous.generation !== analysis.generation) {
    // A manifest stored before content chunks named its chunks by generation: they are deleted after the flip, as they were.
    const keys = previous.parts.flatMap(({ chunks, hashes }, part) => (hashes ? [] : Array.from({ length: chunks }, (_, i) => chunkKey(projectKey, previous.generation, part, i))));
    const indexKeys = previous.index && !previous.index.hashes ? indexChunkKeys(projectKey, previous.generation, previous.index) : [];
    // Last chunk first: a writer that dies half-way leaves a prefix, which deleteAnalysisGeneration still finds.
    for (const key of [...indexKeys, ...keys].reverse()) await store.delete(key);
  }
  return manifest;
}

/** Collects what a writer of this analysis that died left (chunk-collection.ts), against the manifest in force. */
export async function collectDeadWriter(store: AnalysisKvs, analysisKey: string): Promise<void> {
  const inForce = await loadAnalysisManifest(store, analysisKey);
  await collectPendingChunks(store, analysisKey, inForce ? manifestHashes(inForce) : new Set());
}

/** How many of the issues each project holds (the project of a key is what comes before its last dash). */
export function issuesByProject(issues: readonly { key: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { key } of issues) {
    const project = key.slice(0, key.lastIndexOf('-'));
    counts[project] = (counts[project] ?? 0) + 1;
  }
  return counts;
}

/**
 * Every chunk left under a generation no manifest names: one whose writer died before its flip, or the one it
 * replaced when it died while deleting it. Found by reading parts and chunks in order until one is missing.
 */
export async function deleteAnalysisGeneration(store: AnalysisKvs, projectKey: string, generation: string): Promise<void> {
  const keys: string[] = [];
  for (let part = 0; (await store.get(chunkKey(projectKey, generation, part, 0))) !== undefined; part++) {
    for (let i = 0; (await store.get(chunkKey(projectKey, generation, part, i))) !== undefined; i++) keys.push(chunkKey(projectKey, generation, part, i));
  }
  // The index's buckets are written after the parts, in order, so a dead writer leaves a prefix of them too.
  for (let bucket = 0; (await store.get(indexChunkKey(projectKey, generation, bucket, 0))) !== undefined; bucket++) {
    for (let i = 0; (await store.get(indexChunkKey(projectKey, generation, bucket, i))) !== undefined; i++) keys.push(indexChunkKey(projectKey, generation, bucket, i));
  }
  for (const key of keys.reverse()) await store.delete(key);
}

/** An analysis and its manifest gone for good (a variant of a superseded generation: outside-variants.ts). */
export async function deleteAnalysis(store: AnalysisKvs, projectKey: string): Promise<void> {
  const manifest = await loadAnalysisManifest(store, projectKey);
  if (!manifest) return;
  await store.delete(manifestKey(projectKey));
  await deleteAnalysisGeneration(store, projectKey, manifest.generation);
  for (const hash of manifestHashes(manifest)) await store.delete(contentChunkKey(projectKey, hash));
}

/** The stored analysis, or null when there is none (or it is damaged or from another Keel version: then it is recomputed). */
export async function loadAnalysis(store: AnalysisKvs, projectKey: string): Promise<StoredAnalysis | null> {
  const read = await loadParts(store, projectKey, ALL_PARTS);
  return read?.schedule ? { manifest: read.manifest, issues: read.issues, schedule: read.schedule } : null;
}

/**
 * Only the manifest and the schedule: what a reader answers from. The stored issues (the consumer's inputs, the
 * largest part) are neither read nor parsed.
 */
export async function loadStoredSchedule(store: AnalysisKvs, projectKey: string): Promise<Omit<StoredAnalysis, 'issues'> | null> {
  const manifest = await loadAnalysisManifest(store, projectKey);
  if (!manifest) return null;
  const warm = warmSchedule(projectKey);
  if (warm?.manifest.generation === manifest.generation) return { manifest, schedule: warm.schedule };
  const kinds: ReadonlySet<PartKind> = new Set(['head', 'nodes', 'edges']);
  // The manifest just read is used once; only a generation replaced meanwhile sends the read round again.
  const first = await readParts(store, projectKey, manifest, kinds);
  const read = first === 'missing' ? await loadParts(store, projectKey, kinds) : first === 'damaged' ? null : { manifest, ...first };
  if (!read?.schedule) return null;
  keepWarm(projectKey, { manifest: read.manifest, schedule: read.schedule }, read.textBytes);
  return { manifest: read.manifest, schedule: read.schedule };
}

/**
 * Only the manifest and the stored issues: what an incremental refresh merges into. The schedule's parts are
 * not read, so a large project's nodes and links are neither parsed nor held while the next schedule is computed.
 */
export async function loadAnalysisIssues(store: AnalysisKvs, projectKey: string): Promise<Omit<StoredAnalysis, 'schedule'> | null> {
  const read = await loadParts(store, projectKey, new Set(['issues']));
  return read ? { manifest: read.manifest, issues: read.issues } : null;
}

/** The parts read, and the length of the text they were parsed from (warm-schedules.ts bounds memory by it). */
type ReadParts = { issues: JiraIssue[]; schedule: StoredAnalysis['schedule'] | null; textBytes: number };

async function loadParts(store: AnalysisKvs, projectKey: string, kinds: ReadonlySet<PartKind>): Promise<(ReadParts & { manifest: AnalysisManifest }) | null> {
  // A reader that started on a generation a writer has just replaced finds a chunk gone: it reads once more.
  for (let attempt = 0; attempt < 2; attempt++) {
    const manifest = await loadAnalysisManifest(store, projectKey);
    if (!manifest) return null;
    const read = await readParts(store, projectKey, manifest, kinds);
    if (read === 'missing') continue;
    return read === 'damaged' ? null : { manifest, ...read };
  }
  return null;
}

async function readParts(store: AnalysisKvs, projectKey: string, manifest: AnalysisManifest, kinds: ReadonlySet<PartKind>): Promise<'missing' | 'damaged' | ReadParts> {
  const wanted = [...manifest.parts.entries()].filter(([, { kind }]) => kinds.has(kind));
  // Every chunk is asked for at once through one window of reads, in order; each part is parsed as soon as its own
  // chunks are in, while the next parts' chunks are still on their way (issue #11: a 50,000-issue schedule is 250 chunks).
  const limit = inFlightLimit(MAX_READS_IN_FLIGHT);
  let textBytes = 0;
  const parsed = await Promise.all(
    wanted.map(async ([part, { kind, chunks }]) => {
      const values = await Promise.all(Array.from({ length: chunks }, (_, i) => limit(() => store.get(partChunkKey(projectKey, manifest, part, i)))));
      if (!values.every((value): value is string => typeof value === 'string')) return 'missing';
      const text = values.join('');
      textBytes += text.length;
      return parsedPart(kind, text);
    }),
  );
  // A missing chunk first: its generation was just replaced, and the caller reads the new one.
  if (parsed.includes('missing')) return 'missing';
  // Each part of issues is one group as stored: a writer of the same issues names its chunks again (issue-groups.ts).
  rememberIssueGroups(parsed.flatMap((part, k) => (typeof part === 'object' && part.kind === 'issues' ? [{ items: part.list, hashes: manifest.parts[wanted[k]?.[0] ?? -1]?.hashes ?? [] }] : [])));
  let head: Omit<ScheduleResult, 'background'> | null = null;
  const nodes: ScheduleResult['nodes'] = [];
  const edges: ScheduleResult['edges'] = [];
  const issues: JiraIssue[] = [];
  for (const part of parsed) {
    if (part === 'missing' || part === 'damaged') return 'damaged';
    // One at a time: a spread of thousands of arguments is slow and, large enough, overflows the stack.
    if (part.kind === 'head') head = part.head;
    else if (part.kind === 'nodes') for (const entry of part.list) nodes.push(entry);
    else if (part.kind === 'edges') for (const entry of part.list) edges.push(entry);
    else for (const entry of part.list) issues.push(entry);
  }
  if (kinds.has('head') && !head) return 'damaged';
  return { issues, schedule: head ? { ...head, nodes, edges } : null, textBytes };
}
