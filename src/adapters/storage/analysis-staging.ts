/**
 * The issues a long full read has gathered so far, one part per consumer invocation, kept under the new
 * analysis's generation id until the last invocation computes and stores the analysis (analysis-store.ts) and
 * deletes them. Chunked like the analysis itself (KVS values are at most 240 KiB).
 */
import { z } from 'zod';
import { jiraIssue, type JiraIssue } from '../jira/jira-issue-schema';
import { analysisChunks } from './analysis-chunks';
import type { AnalysisKvs } from './analysis-store';

const partKey = (projectKey: string, generation: string, part: number) => `schedule-analysis:${projectKey}:staging:${generation}:${part}`;
const chunkKey = (projectKey: string, generation: string, part: number, i: number) => `${partKey(projectKey, generation, part)}:${i}`;
const partHead = z.object({ chunks: z.number().int().min(0) });

export async function saveStagedIssues(store: AnalysisKvs, projectKey: string, generation: string, part: number, issues: readonly JiraIssue[]): Promise<void> {
  const chunks = analysisChunks(JSON.stringify(issues));
  for (const [i, chunk] of chunks.entries()) await store.set(chunkKey(projectKey, generation, part, i), chunk);
  await store.set(partKey(projectKey, generation, part), { chunks: chunks.length });
}

/** The staged issues of parts 0 to `parts - 1`; throws when one is missing or damaged (the read must start again). */
export async function loadStagedIssues(store: AnalysisKvs, projectKey: string, generation: string, parts: number): Promise<JiraIssue[]> {
  const issues: JiraIssue[] = [];
  for (let part = 0; part < parts; part++) {
    const head = partHead.safeParse(await store.get(partKey(projectKey, generation, part)));
    if (!head.success) throw new Error(`Staged part ${part} of ${projectKey}'s analysis ${generation} is missing`);
    let text = '';
    for (let i = 0; i < head.data.chunks; i++) text += z.string().parse(await store.get(chunkKey(projectKey, generation, part, i)));
    issues.push(...z.array(jiraIssue).parse(JSON.parse(text)));
  }
  return issues;
}

export async function deleteStagedIssues(store: AnalysisKvs, projectKey: string, generation: string, parts: number): Promise<void> {
  for (let part = 0; part < parts; part++) {
    const head = partHead.safeParse(await store.get(partKey(projectKey, generation, part)));
    for (let i = 0; head.success && i < head.data.chunks; i++) await store.delete(chunkKey(projectKey, generation, part, i));
    await store.delete(partKey(projectKey, generation, part));
  }
}
