/**
 * Which issue security levels of a project a viewer is in, learned without naming an issue: per level, the
 * viewer's own count of the project's issues under it against the app's (`search/approximate-count`, two
 * fetches a level). Equal and above zero: the viewer sees the whole level. Zero, or Jira refusing the level
 * ("does not exist" for a level the viewer is not in), while the app counts some: the viewer sees none of it.
 * Anything else is `unknown`: no issue is under the level today (so nothing tells), or the viewer sees only
 * some of its issues (members such as "reporter" or "assignee" depend on the issue), or the counts moved
 * between the two reads.
 */
export type LevelAccess = 'member' | 'outside' | 'unknown';

export interface LevelCountPorts {
  /** The count of a JQL query for the viewer and for the app; null when Jira refuses the query. */
  viewerCount: (jql: string) => Promise<number | null>;
  appCount: (jql: string) => Promise<number | null>;
}

export async function viewerLevelAccess(ports: LevelCountPorts, projectKey: string, levels: readonly string[]): Promise<Map<string, LevelAccess>> {
  const unique = [...new Set(levels)];
  // Each level's counts are their own question: asked together, a few at a time (the invocation's in-flight limit).
  const answers = await Promise.all(unique.map((level) => accessOf(ports, `project = "${projectKey}" AND level = ${level}`)));
  return new Map(unique.map((level, i) => [level, answers[i] ?? 'unknown']));
}

/** The same for levels of other projects (the linked issues outside a scope), keyed `PROJECT:level`. */
export async function viewerOutsideLevelAccess(ports: LevelCountPorts, levels: readonly { projectKey: string; level: string }[]): Promise<Map<string, LevelAccess>> {
  const unique = new Map(levels.map(({ projectKey, level }) => [`${projectKey}:${level}`, `project = "${projectKey}" AND level = ${level}`]));
  const answers = await Promise.all([...unique.values()].map((jql) => accessOf(ports, jql)));
  return new Map([...unique.keys()].map((key, i) => [key, answers[i] ?? 'unknown']));
}

async function accessOf(ports: LevelCountPorts, jql: string): Promise<LevelAccess> {
  const [appCounted, viewerCounted] = await Promise.all([ports.appCount(jql), ports.viewerCount(jql)]);
  const app = appCounted ?? 0;
  const viewer = viewerCounted ?? 0;
  return app > 0 && viewer === app ? 'member' : app > 0 && viewer === 0 ? 'outside' : 'unknown';
}

/** Whether the viewer sees every issue of the project the app sees: then every stored figure is theirs. */
export async function seesWholeProject(ports: LevelCountPorts, projectKey: string): Promise<boolean> {
  const jql = projectJql(projectKey);
  // Both counts at once: one round trip, not two. (The viewer's is asked even when the app's is refused, which
  // only a project the app cannot see, or no app port, gives: the answer is then false either way.)
  const [app, viewer] = await Promise.all([ports.appCount(jql), ports.viewerCount(jql)]);
  return app !== null && viewer === app;
}

/**
 * Whether the viewer may browse the project, from the same two counts (shared with seesWholeProject's in an
 * invocation's memo): Jira counts for them only the issues of projects they may browse, and within one it hides
 * only issues under a security level they are not in, which the level rule answers (stored-schedule-choice.ts
 * `outsideLevels`). A project the app counts nothing of, and the viewer nothing either, hides nothing.
 */
export async function browsesProject(ports: LevelCountPorts, projectKey: string): Promise<boolean> {
  const jql = projectJql(projectKey);
  const [app, viewer] = await Promise.all([ports.appCount(jql), ports.viewerCount(jql)]);
  return app !== null && (viewer === app || (viewer ?? 0) > 0);
}

/** The JQL of every issue of a project, as the counts above ask it (and an invocation's memo keeps it). */
export const projectJql = (projectKey: string): string => `project = "${projectKey}"`;
