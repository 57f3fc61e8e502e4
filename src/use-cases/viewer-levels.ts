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
  const access = new Map<string, LevelAccess>();
  for (const level of new Set(levels)) access.set(level, await accessOf(ports, `project = "${projectKey}" AND level = ${level}`));
  return access;
}

/** The same for levels of other projects (the linked issues outside a scope), keyed `PROJECT:level`. */
export async function viewerOutsideLevelAccess(ports: LevelCountPorts, levels: readonly { projectKey: string; level: string }[]): Promise<Map<string, LevelAccess>> {
  const access = new Map<string, LevelAccess>();
  for (const { projectKey, level } of levels) {
    const key = `${projectKey}:${level}`;
    if (!access.has(key)) access.set(key, await accessOf(ports, `project = "${projectKey}" AND level = ${level}`));
  }
  return access;
}

async function accessOf(ports: LevelCountPorts, jql: string): Promise<LevelAccess> {
  const app = (await ports.appCount(jql)) ?? 0;
  const viewer = (await ports.viewerCount(jql)) ?? 0;
  return app > 0 && viewer === app ? 'member' : app > 0 && viewer === 0 ? 'outside' : 'unknown';
}

/** Whether the viewer sees every issue of the project the app sees: then every stored figure is theirs. */
export async function seesWholeProject(ports: LevelCountPorts, projectKey: string): Promise<boolean> {
  const jql = `project = "${projectKey}"`;
  const app = await ports.appCount(jql);
  return app !== null && (await ports.viewerCount(jql)) === app;
}
