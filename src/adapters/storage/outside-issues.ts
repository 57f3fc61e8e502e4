/**
 * The linked issues outside a large project's scope as the consumer read them for one generation of its analysis
 * (issue #11), chunked like staged parts (analysis-staging.ts), under `PAY#outside`. A variant of the stored
 * schedule for viewers who may not browse some of their projects is computed from them later, in its own
 * invocation, without reading Jira again (compute-outside-variant.ts). Deleted when the generation is replaced.
 */
import type { JiraIssue } from '../jira/jira-issue-schema';
import { deleteStagedIssues, loadStagedIssues, saveStagedIssues } from './analysis-staging';
import type { AnalysisKvs } from './analysis-store';

const outsideKey = (projectKey: string) => `${projectKey}#outside`;

export async function saveOutsideIssues(store: AnalysisKvs, projectKey: string, generation: string, issues: readonly JiraIssue[]): Promise<void> {
  await saveStagedIssues(store, outsideKey(projectKey), generation, 0, issues);
}

/** Throws when the generation's issues are missing (it was replaced, or stored before Keel kept them). */
export async function loadOutsideIssues(store: AnalysisKvs, projectKey: string, generation: string): Promise<JiraIssue[]> {
  return loadStagedIssues(store, outsideKey(projectKey), generation, 1);
}

export async function deleteOutsideIssues(store: AnalysisKvs, projectKey: string, generation: string): Promise<void> {
  await deleteStagedIssues(store, outsideKey(projectKey), generation, 1);
}
