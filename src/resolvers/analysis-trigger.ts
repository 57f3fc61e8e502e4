/**
 * The product event trigger (manifest.yml `keel-analysis-staleness`): Jira issue and issue link events mark
 * the stored analysis of the projects concerned stale and queue one refresh each (mark-analysis-stale.ts).
 * Event shapes as Forge sends them: issue events carry `issue: { id, key, fields: { project } }`; issue link
 * events carry `sourceIssueId` and `destinationIssueId`, whose projects are read as the app. An issue edit whose
 * changelog names only fields the analysis does not store marks nothing (edit-touches-analysis.ts).
 */
import { z } from 'zod';
import { AppError } from '../app-error';
import { fetchIssueProject } from '../adapters/jira/fetch-issue-project';
import { markAnalysisStale, type AnalysisChange } from '../use-cases/mark-analysis-stale';
import { analysisKvs, nowIso, pushAnalysisRefresh } from './analysis-events';
import { appJira, projectSettings } from './forge-ports';
import { editTouchesAnalysis, mayBeInert } from '../use-cases/edit-touches-analysis';
import { storedFields } from '../use-cases/settings-fingerprint';

const issueEvent = z.looseObject({
  eventType: z.enum(['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:deleted:issue']),
  issue: z.looseObject({ id: z.string(), fields: z.looseObject({ project: z.looseObject({ key: z.string() }) }) }),
  changelog: z.looseObject({ items: z.array(z.looseObject({ field: z.string().optional(), fieldId: z.string().optional() })) }).optional(),
});
const linkEvent = z.looseObject({
  eventType: z.enum(['avi:jira:created:issuelink', 'avi:jira:deleted:issuelink']),
  sourceIssueId: z.union([z.string(), z.number()]).transform(String),
  destinationIssueId: z.union([z.string(), z.number()]).transform(String),
});

export async function analysisTrigger(event: unknown): Promise<void> {
  const change = await changeOf(event);
  if (change) await markAnalysisStale({ store: analysisKvs, requestRefresh: pushAnalysisRefresh, now: nowIso }, change);
}

async function changeOf(event: unknown): Promise<AnalysisChange | null> {
  const issue = issueEvent.safeParse(event);
  if (issue.success) {
    const { id, fields } = issue.data.issue;
    const deleted = issue.data.eventType === 'avi:jira:deleted:issue';
    // An edit of fields Keel does not store (a rank, a sprint, a description) changes no stored figure: no refresh.
    const items = issue.data.eventType === 'avi:jira:updated:issue' ? issue.data.changelog?.items : undefined;
    if (mayBeInert(items) && !editTouchesAnalysis(items, new Set(storedFields(await projectSettings(fields.project.key))))) return null;
    return { projectKeys: [fields.project.key], touchedIssueIds: deleted ? [] : [id], deletedIssueIds: deleted ? [id] : [] };
  }
  const link = linkEvent.safeParse(event);
  if (!link.success) throw new Error(`Keel analysis trigger: not an issue or issue link event (${link.error.issues.map((i) => i.path.join('.')).join(', ')})`);
  const ids = [link.data.sourceIssueId, link.data.destinationIssueId];
  const projectKeys: string[] = [];
  for (const id of ids) {
    try {
      projectKeys.push((await fetchIssueProject(appJira(), id)).projectKey);
    } catch (error) {
      // An issue deleted since the event: its own deleted event marks its project.
      if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error;
    }
  }
  return { projectKeys, touchedIssueIds: ids, deletedIssueIds: [] };
}
