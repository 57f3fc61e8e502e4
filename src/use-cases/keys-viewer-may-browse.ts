/**
 * Which of some stored issues the viewer may browse now, asked of Jira as the viewer (issue #11): by project first,
 * then by key, a refused key dropped alone.
 */
import { AppError } from '../app-error';
import { searchByKeys } from '../adapters/jira/search-by-keys';
import { searchIssueKeys } from '../adapters/jira/search-issue-keys';
import type { ScopePorts } from './load-scope';
import type { ViewerScheduleChoice } from './viewer-schedule-choice';
import { seesWholeProject } from './viewer-levels';
import { memoisedCounts, viewerCountedSome, viewerProject } from './invocation-memo';

/**
 * Of issues outside the viewer's scope listing (linked from other projects), those the viewer may browse. Jira
 * refuses a whole `key in (...)` search (400) when one key is not visible, so projects are checked first (a 404
 * for a project the viewer may not browse), and a key still refused (issue security, a deleted issue) is
 * dropped alone (search-by-keys.ts).
 */
export async function keysViewerMayBrowse(
  ports: ScopePorts,
  nodes: readonly { key: string; projectKey: string }[],
  /**
   * What this invocation already knows of some projects, not asked again: `browsable`, just read as the viewer;
   * `whole`, the viewer counts every issue of it the app counts (stored-schedule-choice.ts), so every key is theirs.
   */
  known: ReadonlyMap<string, 'browsable' | 'whole'> = new Map(),
): Promise<string[]> {
  const browsable = new Set<string>();
  const whole = new Set<string>();
  const counts = memoisedCounts(ports);
  // Each project is its own question: all asked together, a few requests at a time (the invocation's limit).
  const projects = [...countsBy(nodes.map((n) => n.projectKey))];
  const checked = await Promise.all(
    projects.map(async ([projectKey, count]) => {
      if (known.get(projectKey) === 'whole') return { browsable: true, whole: true };
      // Many keys of one project: two counts may spare their searches (one a 100 keys), when the viewer sees all of it
      // (free when the choice counted the project already: invocation-memo.ts).
      // Asked with the project, not after it (one round trip less); a project the viewer may not browse counts for nothing.
      // A project they counted some issues of in this invocation is theirs to browse, unread (invocation-memo.ts).
      const [browsable, whole] = await Promise.all([
        known.has(projectKey) || viewerCountedSome(ports, projectKey).then((some) => some || viewerMayBrowse(() => viewerProject(ports, projectKey))),
        count > WHOLE_PROJECT_CHECK_ABOVE && seesWholeProject(counts, projectKey),
      ]);
      return { browsable, whole: browsable && whole };
    }),
  );
  for (const [i, [projectKey]] of projects.entries()) {
    if (checked[i]?.browsable) browsable.add(projectKey);
    if (checked[i]?.whole) whole.add(projectKey);
  }
  const keys = nodes.filter((n) => browsable.has(n.projectKey) && !whole.has(n.projectKey)).map((n) => n.key);
  // A key Jira refuses (deleted since, or under a level the viewer lacks) is dropped alone, not with its chunk.
  const found = (await searchByKeys(keys, async (jql, count) => (await searchIssueKeys(ports.viewerJira, { jql, maxIssues: count })).keys)).found;
  return [...nodes.filter((n) => whole.has(n.projectKey)).map((n) => n.key), ...found];
}

/**
 * What a panel knows of its own project after reading it as the viewer: browsable, and wholly theirs when the
 * stored choice found their count of it equal to the app's (as the Dependencies tab's storedKeysViewerMayBrowse).
 */
export function knownProject(projectKey: string, choice: ViewerScheduleChoice | null): ReadonlyMap<string, 'browsable' | 'whole'> {
  return new Map([[projectKey, choice?.use === 'all' && choice.wholeProject ? 'whole' : 'browsable']]);
}

/** Keys of one project above which the viewer's counts of it are compared before its keys are searched. */
const WHOLE_PROJECT_CHECK_ABOVE = 200;

function countsBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** False when Jira says the viewer may not see it (404, or 400 for a key it will not name); other failures are thrown. */
async function viewerMayBrowse(read: () => Promise<unknown>): Promise<boolean> {
  try {
    await read();
    return true;
  } catch (error) {
    if (error instanceof AppError && (error.code === 'NOT_FOUND' || error.details?.['status'] === 400)) return false;
    throw error;
  }
}
