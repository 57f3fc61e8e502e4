/**
 * How large an issue panel's project scope is for the viewer, with the project as they read it: what picks the
 * live path or the stored analysis (DESIGN.md section 5). The viewer's count (`search/approximate-count`, one
 * fetch) as the project's tabs count it (get-project-schedule.ts `projectAndCount`), so the panel takes the same
 * path as the tab; and under the default scope the stored path's choice counts the same JQL, asked once per
 * invocation (invocation-memo.ts). When Jira will not count, one search page of keys tells, up to one past a
 * larger threshold (`atLeast` when the listing stopped early).
 */
import type { JiraProject } from '../adapters/jira/fetch-project';
import { searchIssueKeys } from '../adapters/jira/search-issue-keys';
import type { Settings } from '../config/settings';
import { DEFAULT_BACKGROUND_ABOVE_ISSUES, projectAndCount } from './get-project-schedule';
import type { ScopePorts } from './load-scope';

/** Keys Jira answers in one search page when only keys are asked for. */
const COUNT_PAGE = 5000;

export interface PanelScopeSize {
  project: JiraProject;
  jql: string;
  issueCount: { count: number; atLeast: boolean };
}

/** The project's settings, its threshold and its scope's size for the viewer (panelScopeSize). */
export async function settingsAndScopeSize(ports: ScopePorts, projectKey: string): Promise<PanelScopeSize & { settings: Settings; threshold: number }> {
  const settings = await ports.loadSettings(projectKey);
  const threshold = settings.schedule.backgroundAboveIssues ?? DEFAULT_BACKGROUND_ABOVE_ISSUES;
  return { ...(await panelScopeSize(ports, settings, projectKey, threshold)), settings, threshold };
}

/** `projectKey`: Jira's own key of the issue's project (as Jira named it for the issue). */
export async function panelScopeSize(ports: ScopePorts, settings: Settings, projectKey: string, threshold: number): Promise<PanelScopeSize> {
  const { project, jql, counted } = await projectAndCount(ports, settings, projectKey);
  if (counted !== null) return { project, jql, issueCount: { count: counted, atLeast: false } };
  const listed = await searchIssueKeys(ports.viewerJira, { jql, maxIssues: Math.max(threshold + 1, COUNT_PAGE) });
  return { project, jql, issueCount: { count: listed.keys.length, atLeast: listed.truncated } };
}
