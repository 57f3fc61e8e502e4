/**
 * What one invocation has asked Jira about the viewer's access, each question asked once (issue #11). An answer
 * of a large project asks the same questions in several steps: the schedule and the forecast's criticality each
 * read the project and count the scope as the viewer (get-project-schedule.ts `projectAndCount`) and choose the
 * stored analysis for them (viewer-schedule-choice.ts), which counts the project and the outside projects as the
 * viewer and as the app; under the default scope, the scope's count is the project's. Asked again in the same
 * invocation, an answer costs no request: the first asker's promise is shared (a failure too: the request layer
 * has already retried it). A memo belongs to the ports of one resolver call and goes with them: it is never
 * shared across invocations or viewers, since a viewer's access may change between two calls. Without one,
 * every question is asked.
 */
import { countIssues } from '../adapters/jira/count-issues';
import { fetchProject, type JiraProject } from '../adapters/jira/fetch-project';
import type { ScopePorts } from './load-scope';
import { projectJql, type LevelCountPorts } from './viewer-levels';
import type { ViewerScheduleChoice } from './viewer-schedule-choice';

export interface InvocationMemo {
  /** The viewer's and the app's counts, by JQL (`search/approximate-count`). */
  readonly viewerCounts: Map<string, Promise<number | null>>;
  readonly appCounts: Map<string, Promise<number | null>>;
  /** Projects read as the viewer, by the key asked. */
  readonly viewerProjects: Map<string, Promise<JiraProject>>;
  /** The stored schedule chosen for the viewer, by project and the analysis's generation (choiceKey). */
  readonly choices: Map<string, Promise<ViewerScheduleChoice>>;
}

/** A new memo: one per resolver call, made where its ports are. */
export function invocationMemo(): InvocationMemo {
  return { viewerCounts: new Map(), appCounts: new Map(), viewerProjects: new Map(), choices: new Map() };
}

/** `ask()`'s answer under `key`, asked once per memo; without a memo, asked every time. */
export function once<T>(memo: Map<string, Promise<T>> | undefined, key: string, ask: () => Promise<T>): Promise<T> {
  if (memo === undefined) return ask();
  const known = memo.get(key);
  if (known !== undefined) return known;
  const asked = ask();
  memo.set(key, asked);
  return asked;
}

/**
 * The viewer's and the app's counts (viewer-levels.ts), each JQL counted once per invocation; the app's through
 * `appJira`, or, without it, the count-only port `appCountToCompare` (load-scope.ts); null without either.
 */
export function memoisedCounts(ports: ScopePorts): LevelCountPorts {
  const { viewerJira, appJira, appCountToCompare, memo } = ports;
  const app = appJira ? (jql: string) => countIssues(appJira, jql) : appCountToCompare;
  return {
    viewerCount: (jql) => once(memo?.viewerCounts, jql, () => countIssues(viewerJira, jql)),
    appCount: (jql) => (app ? once(memo?.appCounts, jql, () => app(jql)) : Promise.resolve(null)),
  };
}

/**
 * Whether the viewer counted some issues of the project earlier in this invocation (the choice counts the scope's
 * project and the outside ones): Jira counts only the issues of projects they may browse, so they may browse it.
 * False when it was not counted (nothing is asked here) or they counted none.
 */
export async function viewerCountedSome(ports: ScopePorts, projectKey: string): Promise<boolean> {
  const counted = ports.memo?.viewerCounts.get(projectJql(projectKey));
  return counted !== undefined && ((await counted) ?? 0) > 0;
}

/** The project as the viewer reads it, read once per invocation (a 404 for a project they may not browse, thrown). */
export function viewerProject(ports: ScopePorts, projectKey: string): Promise<JiraProject> {
  return once(ports.memo?.viewerProjects, projectKey, () => fetchProject(ports.viewerJira, projectKey));
}

/** The key of a choice: what it depends on besides the viewer (the project and the generation of its analysis). */
export const choiceKey = (projectKey: string, generation: string): string => JSON.stringify([projectKey, generation]);
