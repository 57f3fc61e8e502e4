/**
 * The manifest of a stored analysis (analysis-store.ts): one record naming the generation in force, its parts and
 * the chunks of each (by hash: content-chunks.ts; or, stored before Keel kept hashes, by generation and part), the
 * per-issue index, the views, the parts of the summary groups and the schedule's fingerprint (schedule-parts.ts). Flipping it is what makes a new
 * generation the one readers read.
 */
import { z } from 'zod';
import type { AnalysisKvs } from './analysis-store';
import { contentChunkKey } from './content-chunks';

export const ANALYSIS_VERSION = 1;

const manifestSchema = z.object({
  version: z.literal(ANALYSIS_VERSION),
  generation: z.string(),
  computedAt: z.string(),
  /** When the consumer started reading Jira: the next refresh reads issues updated since then. */
  lastSync: z.string(),
  scopeJql: z.string(),
  /** The settings it was computed with (settings-fingerprint.ts). */
  settingsHash: z.string(),
  /** The parts in order, with the number of chunks each. */
  parts: z.array(z.object({ kind: z.enum(['head', 'nodes', 'edges', 'issues']), chunks: z.number().int().min(0), hashes: z.array(z.string()).optional() })),
  issueCount: z.number().int().min(0),
  /**
   * The scope's issues per project (issue #11): a scope over several projects (a global scope JQL) is shown
   * only to a viewer who sees every one of them (stored-schedule-choice.ts). Absent: stored before Keel kept it.
   */
  projects: z.record(z.string(), z.number().int().min(0)).optional(),
  /**
   * The per-issue index (schedule-index.ts): the chunks of each bucket, the schedule's status date and finish, so a
   * reader of a few issues needs neither the head nor the nodes. Absent: stored before Keel kept one. `format`: the
   * buckets' shape (schedule-index.ts's INDEX_FORMAT); absent: 1, stored before its buckets held summary tasks.
   * `summaryChunks` (format 4): the chunks of each summary bucket, whose hashes follow the nodes' buckets' in `hashes`;
   * `summaryKeys`: the keys they hold (~2.5 KB at 10,000 issues), for which no nodes' bucket is read.
   */
  index: z
    .object({
      chunks: z.array(z.number().int().min(1)).min(1),
      hashes: z.array(z.array(z.string())).optional(),
      summaryChunks: z.array(z.number().int().min(1)).optional(),
      summaryKeys: z.array(z.string()).optional(),
      asOf: z.string(),
      projectFinish: z.string(),
      format: z.number().int().optional(),
    })
    .optional(),
  /** The chunks of each view (schedule-views-store.ts), by hash. Absent: stored before Keel kept views. */
  views: z.record(z.string(), z.array(z.string())).optional(),
  /** The chunks of each part of the schedule's summary groups (schedule-groups-store.ts), stored with the views. */
  groups: z.array(z.array(z.string())).optional(),
  /** The schedule's fingerprint (schedule-parts.ts), when its parts are named by hash. Absent: none kept. */
  scheduleHash: z.string().optional(),
});
export type AnalysisManifest = z.infer<typeof manifestSchema>;

export const manifestKey = (projectKey: string) => `schedule-analysis:${projectKey}:manifest`;
export const chunkKey = (projectKey: string, generation: string, part: number, i: number) => `schedule-analysis:${projectKey}:${generation}:${part}:${i}`;
/** The key of a part's i-th chunk: by its hash, or by generation and part in a manifest stored before Keel kept hashes. */
export const partChunkKey = (projectKey: string, manifest: AnalysisManifest, part: number, i: number): string => {
  const hash = manifest.parts[part]?.hashes?.[i];
  return hash === undefined ? chunkKey(projectKey, manifest.generation, part, i) : contentChunkKey(projectKey, hash);
};

export async function loadAnalysisManifest(store: AnalysisKvs, projectKey: string): Promise<AnalysisManifest | null> {
  const parsed = manifestSchema.safeParse(await store.get(manifestKey(projectKey)));
  return parsed.success ? parsed.data : null;
}

/** Every content chunk a manifest uses (none for one stored before Keel kept hashes). */
export function manifestHashes(manifest: AnalysisManifest): Set<string> {
  return new Set([...manifest.parts.flatMap((p) => p.hashes ?? []), ...(manifest.index?.hashes ?? []).flat(), ...Object.values(manifest.views ?? {}).flat(), ...(manifest.groups ?? []).flat()]);
}

