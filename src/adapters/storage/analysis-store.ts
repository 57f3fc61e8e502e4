/**
 * A large project's schedule analysis in Forge storage (DESIGN.md section 5): the schedule and the Jira issues it
 * was computed from, as JSON text cut into chunks well under KVS's 240 KiB a value, with a manifest record.
 * A new analysis is written under a new generation id and the manifest is flipped last, so a reader sees the
 * old analysis or the new one, never half of each; the old generation's chunks are deleted after the flip.
 */
import { z } from 'zod';
import { jiraIssue, type JiraIssue } from '../jira/jira-issue-schema';
import type { ScheduleResult } from '../../contract';
import { storedScheduleSchema } from './stored-schedule-schema';

/** The part of `@forge/kvs` the store needs; the resolver and the consumer pass the real `kvs`. */
export interface AnalysisKvs {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Characters per chunk: even if JSON escaped every one as `\uXXXX`, a chunk stays under 240 KiB. */
export const ANALYSIS_CHUNK_CHARS = 40_000;
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
  chunks: z.number().int().min(0),
  issueCount: z.number().int().min(0),
});
export type AnalysisManifest = z.infer<typeof manifestSchema>;

const payloadSchema = z.object({ issues: z.array(jiraIssue), schedule: storedScheduleSchema });

export interface StoredAnalysis {
  manifest: AnalysisManifest;
  /** The scope's issues as the app read them: the inputs an incremental refresh merges into. */
  issues: JiraIssue[];
  schedule: Omit<ScheduleResult, 'background'>;
}

const manifestKey = (projectKey: string) => `schedule-analysis:${projectKey}:manifest`;
const chunkKey = (projectKey: string, generation: string, i: number) => `schedule-analysis:${projectKey}:${generation}:${i}`;

export async function loadAnalysisManifest(store: AnalysisKvs, projectKey: string): Promise<AnalysisManifest | null> {
  const parsed = manifestSchema.safeParse(await store.get(manifestKey(projectKey)));
  return parsed.success ? parsed.data : null;
}

export async function saveAnalysis(
  store: AnalysisKvs,
  projectKey: string,
  analysis: { generation: string; computedAt: string; lastSync: string; settingsHash: string; issues: JiraIssue[]; schedule: Omit<ScheduleResult, 'background'> },
): Promise<AnalysisManifest> {
  const previous = await loadAnalysisManifest(store, projectKey);
  const text = JSON.stringify({ issues: analysis.issues, schedule: analysis.schedule });
  const chunks = Math.ceil(text.length / ANALYSIS_CHUNK_CHARS);
  for (let i = 0; i < chunks; i++) {
    await store.set(chunkKey(projectKey, analysis.generation, i), text.slice(i * ANALYSIS_CHUNK_CHARS, (i + 1) * ANALYSIS_CHUNK_CHARS));
  }
  const manifest: AnalysisManifest = {
    version: ANALYSIS_VERSION,
    generation: analysis.generation,
    computedAt: analysis.computedAt,
    lastSync: analysis.lastSync,
    scopeJql: analysis.schedule.scopeJql,
    settingsHash: analysis.settingsHash,
    chunks,
    issueCount: analysis.issues.length,
  };
  // The flip: one write. Until it lands, readers read the previous generation, whose chunks are still there.
  await store.set(manifestKey(projectKey), manifest);
  if (previous && previous.generation !== analysis.generation) {
    for (let i = 0; i < previous.chunks; i++) await store.delete(chunkKey(projectKey, previous.generation, i));
  }
  return manifest;
}

/** The stored analysis, or null when there is none (or it is damaged or from another Keel version: then it is recomputed). */
export async function loadAnalysis(store: AnalysisKvs, projectKey: string): Promise<StoredAnalysis | null> {
  // A reader that started on a generation a writer has just replaced finds a chunk gone: it reads once more.
  for (let attempt = 0; attempt < 2; attempt++) {
    const manifest = await loadAnalysisManifest(store, projectKey);
    if (!manifest) return null;
    const text = await chunksText(store, projectKey, manifest);
    if (text === null) continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return null; // damaged: the caller treats it as missing and has it recomputed
    }
    const parsed = payloadSchema.safeParse(json);
    return parsed.success ? { manifest, issues: parsed.data.issues, schedule: parsed.data.schedule } : null;
  }
  return null;
}

async function chunksText(store: AnalysisKvs, projectKey: string, manifest: AnalysisManifest): Promise<string | null> {
  let text = '';
  for (let i = 0; i < manifest.chunks; i++) {
    const chunk = z.string().safeParse(await store.get(chunkKey(projectKey, manifest.generation, i)));
    if (!chunk.success) return null;
    text += chunk.data;
  }
  return text;
}
