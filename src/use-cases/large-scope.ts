/**
 * Whether a project's scope is above `schedule.backgroundAboveIssues` (1,500 when unset) as the viewer counts
 * it (`search/approximate-count`, one fetch): the tabs of such a scope answer from the stored analysis
 * (DESIGN.md section 5). When Jira will not count, the viewer's keys are listed (5,000 a fetch).
 */
import { AppError } from '../app-error';
import type { JiraProject } from '../adapters/jira/fetch-project';
import { viewerCountedSome, viewerProject } from './invocation-memo';
import { searchIssueKeys } from '../adapters/jira/search-issue-keys';
import type { Settings } from '../config/settings';
import { DEFAULT_BACKGROUND_ABOVE_ISSUES, MAX_LISTED_ISSUES, projectAndCount } from './get-project-schedule';
import type { ScopePorts } from './load-scope';

export interface LargeScope {
  settings: Settings;
  project: JiraProject;
  jql: string;
  /** The viewer's count of the scope; null when Jira would not count it. */
  counted: number | null;
}

/** The large scope as the viewer lists it, or null when it is at most the threshold (then it is read live). */
export async function largeScope(ports: ScopePorts, projectKey: string): Promise<LargeScope | null> {
  const settings = await ports.loadSettings(projectKey);
  const threshold = settings.schedule.backgroundAboveIssues ?? DEFAULT_BACKGROUND_ABOVE_ISSUES;
  // The project and the viewer's count of the scope, read together.
  const { project, jql, counted } = await projectAndCount(ports, settings, projectKey);
  const size = counted ?? (await listedKeys(ports, jql)).length;
  return size > threshold ? { settings, project, jql, counted } : null;
}

/** The keys of the scope's issues the viewer's own search returns (5,000 a fetch). */
export async function listedKeys(ports: ScopePorts, jql: string): Promise<string[]> {
  return (await searchIssueKeys(ports.viewerJira, { jql, maxIssues: MAX_LISTED_ISSUES })).keys;
}

/** Projects checked one fetch each at most; links into more projects than this count as hidden, never named. */
const MAX_PROJECT_CHECKS = 20;

/** Of these projects, those the viewer may browse (a 404 for the others); other failures are thrown. */
export async function projectsViewerMayBrowse(ports: ScopePorts, projectKeys: Iterable<string>): Promise<Set<string>> {
  const keys = [...new Set(projectKeys)].sort().slice(0, MAX_PROJECT_CHECKS);
  // Each project is its own question: all asked together, a few requests at a time (the invocation's limit).
  const may = await Promise.all(
    keys.map(async (key) => {
      // Counted some issues of it in this invocation (the stored choice counts the linked projects): theirs to browse, unread.
      if (await viewerCountedSome(ports, key)) return true;
      try {
        await viewerProject(ports, key);
        return true;
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error;
        return false;
      }
    }),
  );
  return new Set(keys.filter((_, i) => may[i]));
}
