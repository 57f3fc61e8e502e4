/**
 * The issue panel: one issue's place in its project's schedule, as the viewer sees it: its dates and slack,
 * what drives its start, its neighbours two links away, and the predecessors that are late or blocked.
 * A project of at most `schedule.backgroundAboveIssues` issues is computed in the call as the viewer; a larger one
 * is read from the stored analysis (get-stored-issue-schedule.ts), as `schedule/get` does (DESIGN.md section 5).
 */
import type { IssueScheduleResult } from '../contract';
import { type BackgroundSchedulePorts } from './get-project-schedule';
import { getStoredIssueSchedule } from './get-stored-issue-schedule';
import { issuePlace } from './issue-place';
import { settingsAndScopeSize } from './panel-scope-size';
import { withIssueProject } from './with-issue-project';
import { loadScope, type Scope } from './load-scope';
import { scheduleOfScope } from './get-schedule';
import { summaryPlace } from './summary-place';

export async function getIssueSchedule(ports: BackgroundSchedulePorts, input: { issueKey: string; asOf: string }): Promise<IssueScheduleResult> {
  // Jira names the issue's project: its key is the project's own, so the scope is counted while the project is read.
  const { issueKey, projectKey, value } = await withIssueProject(ports.viewerJira, input.issueKey, (key) => settingsAndScopeSize(ports, key));
  const { settings, threshold, project, jql, issueCount } = value;
  if (issueCount.count > threshold) {
    const large = { issueKey, project: { key: project.key, name: project.name }, settings, jql, issueCount, asOf: input.asOf };
    return getStoredIssueSchedule(ports, large);
  }
  const scope = await loadScope(ports, projectKey);
  const schedule = await scheduleOfScope(ports, scope, input.asOf);
  const place = issuePlace(schedule, issueKey, scope.hiddenLinks ? hiddenLinksBinding(scope, issueKey, scope.hiddenLinks) : null);
  if (place) return { issueKey, schedule: place, message: null };
  const summaryTask = summaryPlace(schedule, issueKey, scope.hiddenLinks ? hiddenLinksOfSummary(scope, issueKey, scope.hiddenLinks) : null);
  if (summaryTask) return { issueKey, schedule: null, message: null, summaryTask };
  return {
    issueKey,
    schedule: null,
    message: `${issueKey} is not in Keel's scope for ${projectKey} (${schedule.scopeJql}), so Keel does not schedule it. An admin can widen the scope in Keel's settings.`,
  };
}

/**
 * Hidden links that bind an issue: its own, and its parents' (a link into or out of a summary task binds its
 * children, so work hidden behind a parent's link moves the child's dates too), as the stored analysis counts them.
 */
function hiddenLinksBinding(scope: Scope, issueKey: string, hidden: ReadonlyMap<string, number>): number {
  const parentOf = new Map(scope.items.map((i) => [i.key, i.parentKey]));
  let count = 0;
  const seen = new Set<string>();
  for (let key: string | null | undefined = issueKey; key != null && !seen.has(key); key = parentOf.get(key)) {
    seen.add(key);
    count += hidden.get(key) ?? 0;
  }
  return count;
}

/** Hidden links that bind a summary task: its parents' and its own (hiddenLinksBinding), and every descendant's. */
function hiddenLinksOfSummary(scope: Scope, issueKey: string, hidden: ReadonlyMap<string, number>): number {
  const children = new Map<string, string[]>();
  for (const i of scope.items) if (i.parentKey != null) children.set(i.parentKey, [...(children.get(i.parentKey) ?? []), i.key]);
  let count = hiddenLinksBinding(scope, issueKey, hidden);
  const queue = [...(children.get(issueKey) ?? [])];
  const seen = new Set([issueKey]);
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    if (seen.has(key)) continue;
    seen.add(key);
    count += hidden.get(key) ?? 0;
    queue.push(...(children.get(key) ?? []));
  }
  return count;
}
