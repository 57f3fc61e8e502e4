/**
 * `hidden/get` (issue #16 item 5): how much of a project's plan the viewer cannot see, for the banner on every tab
 * of the project page. A scope at or under the background threshold is read as the viewer: the links Jira left
 * out of their issues (load-scope.ts compares them with the app's), the parents all of whose children are hidden,
 * and the scope's issues the app counts but the viewer does not (two approximate counts). A larger one answers from
 * the stored analysis cut to the viewer (get-project-schedule.ts); for a viewer who hides nothing of it, from the
 * findings its `get` view keeps (schedule-views-store.ts), so a new instance does not read every node and link.
 * Counts only: a hidden issue is never named.
 */
import { MAX_AFFECTED_KEYS, type HiddenWorkResult } from '../contract';
import { DEFAULT_BACKGROUND_ABOVE_ISSUES, projectAndCount, storedViewerRead, storedViewerSchedule, type BackgroundSchedulePorts } from './get-project-schedule';
import { memoisedCounts } from './invocation-memo';
import { hiddenWorkOf } from './hidden-work-of';
import { loadScope } from './load-scope';
import { sortedIssueKeys } from '../domain/issue-key-order';

export async function getHiddenWork(ports: BackgroundSchedulePorts, input: { projectKey: string; asOf: string }): Promise<HiddenWorkResult> {
  const settings = await ports.loadSettings(input.projectKey);
  // The project and the viewer's count of the scope, read together, each once per invocation (invocation-memo.ts).
  const { project, jql, counted } = await projectAndCount(ports, settings, input.projectKey);
  const threshold = settings.schedule.backgroundAboveIssues ?? DEFAULT_BACKGROUND_ABOVE_ISSUES;
  if (counted === null || counted > threshold) {
    const scope = { settings, project, jql, counted };
    const read = await storedViewerRead(ports, scope, input.asOf, ['get']);
    if (read.views?.get) {
      return { projectKey: project.key, checked: true, hidden: hiddenWorkOf({ findings: [...read.views.get.hiddenFindings, ...read.read.findings], background: read.read.background }) };
    }
    const stored = read.views ? await storedViewerSchedule(ports, scope, input.asOf) : read.schedule;
    const ready = stored.background?.state === 'ready';
    return { projectKey: project.key, checked: ready, hidden: ready ? hiddenWorkOf(stored) : null };
  }
  if (ports.appJira === null) return { projectKey: project.key, checked: false, hidden: null };
  // Independent reads: the viewer's scope (with the app's links) and the app's count, together.
  const [scope, appCount] = await Promise.all([loadScope(ports, project.key), memoisedCounts(ports).appCount(jql)]);
  const issues = appCount === null ? null : Math.max(0, appCount - counted);
  const byIssue = [...(scope.hiddenLinks ?? new Map<string, number>())].filter(([, n]) => n > 0);
  const links = byIssue.reduce((sum, [, n]) => sum + n, 0);
  const affected = sortedIssueKeys(byIssue.map(([key]) => key));
  const parents = scope.hiddenChildren?.size ?? 0;
  if (!issues && links === 0 && parents === 0) return { projectKey: project.key, checked: true, hidden: null };
  return {
    projectKey: project.key,
    checked: true,
    hidden: { issues, links, affectedKeys: affected.slice(0, MAX_AFFECTED_KEYS), affectedCount: affected.length, parentsWithHiddenChildren: parents },
  };
}
