/**
 * The linked issues outside a large project's scope as the consumer read them for one generation of its analysis
 * (issue #11), chunked as the analysis is (KVS values are at most 240 KiB), under
 * `schedule-analysis-outside:PAY:<generation>`. A variant of the stored schedule for viewers who may not browse
 * some of their projects is computed from them later, in its own invocation, without reading Jira again
 * (compute-outside-variant.ts). Deleted when the generation is replaced (or its chain died: refresh-chain.ts).
 */
import { z } from 'zod';
import { jiraIssue, type JiraIssue } from '../jira/jira-issue-schema';
import { analysisChunks } from './analysis-chunks';
import type { AnalysisKvs } from './analysis-store';

const headKey = (projectKey: string, generation: string) => `schedule-analysis-outside:${projectKey}:${generation}`;
const chunkKey = (projectKey: string, generation: string, i: number) => `${headKey(projectKey, generation)}:${i}`;
const head = z.object({ chunks: z.number().int().min(0) });

export async function saveOutsideIssues(store: AnalysisKvs, projectKey: string, generation: string, issues: readonly JiraIssue[]): Promise<void> {
  const chunks = analysisChunks(JSON.stringify(issues));
  for (const [i, chunk] of chunks.entries()) await store.set(chunkKey(projectKey, generation, i), chunk);
  await store.set(headKey(projectKey, generation), { chunks: chunks.length });
}

/** Throws when the generation's issues are missing (it was replaced, or stored before Keel kept them). */
export async function loadOutsideIssues(store: AnalysisKvs, projectKey: string, generation: string): Promise<JiraIssue[]> {
  const parsed = head.safeParse(await store.get(headKey(projectKey, generation)));
  if (!parsed.success) throw new Error(`The linked issues of ${projectKey}'s analysis ${generation} are missing`);
  let text = '';
  for (let i = 0; i < parsed.data.chunks; i++) text += z.string().parse(await store.get(chunkKey(projectKey, generation, i)));
  return z.array(jiraIssue).parse(JSON.parse(text));
}

export async function deleteOutsideIssues(store: AnalysisKvs, projectKey: string, generation: string): Promise<void> {
  const parsed = head.safeParse(await store.get(headKey(projectKey, generation)));
  if (!parsed.success) return;
  await store.delete(headKey(projectKey, generation));
  for (let i = parsed.data.chunks - 1; i >= 0; i--) await store.delete(chunkKey(projectKey, generation, i));
}
