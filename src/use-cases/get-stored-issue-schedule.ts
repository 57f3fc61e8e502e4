/**
 * The issue panel for a project above `schedule.backgroundAboveIssues` (DESIGN.md section 5): the issue's place
 * is read from the stored analysis, never computed in the call. The analysis was computed as the app, so only
 * the keys the panel would show (the issue, its neighbours two links away, its driving chain) are checked as the
 * viewer, project first and then one `key in (...)` search; every other issue is dropped, with its links and
 * chain mentions, before the answer is shaped (visible-schedule.ts), so a hidden issue is never named.
 * Without a stored analysis one is queued, as `schedule/get` does, and the answer says "being computed"; a
 * viewer outside an issue security level the scope uses reads the schedule computed without those issues.
 */
import { storedDateOutdated } from './stored-date-outdated';
import type { IssueScheduleResult } from '../contract';
import { loadAnalysisStatus } from '../adapters/storage/analysis-status';
import type { Settings } from '../config/settings';
import { type BackgroundSchedulePorts } from './get-project-schedule';
import { variantRefreshing, storedForViewer } from './stored-schedule-for-viewer';
import { keysViewerMayBrowse, knownProject } from './keys-viewer-may-browse';
import { queueRefreshIfNeeded } from './queue-refresh-if-needed';
import { issuePlace, keysShownFor } from './issue-place';
import { loadLeftOutLinkCount } from '../adapters/storage/left-out-links-store';
import { settingsFingerprint } from './settings-fingerprint';
import { emptySchedule, indexedPanelPart, indexedSummaryPart, storedIndexForViewer } from './stored-index-for-viewer';
import { hiddenSummaryLinks, summaryPanelKeys, summaryPlace, summaryReachOf } from './summary-place';
import type { SummaryReach } from '../domain/schedule/summary-reach';
import type { ScheduleEdge } from '../contract';
import type { OtherIssue } from '../adapters/storage/summary-index-entry';
import { parentsOutside, visibleSchedule } from './visible-schedule';

interface StoredIssueInput {
  issueKey: string;
  project: { key: string; name: string };
  settings: Settings;
  jql: string;
  /** The scope's size as the viewer counted it: `atLeast` when the count stopped early (one search page). */
  issueCount: { count: number; atLeast: boolean };
  asOf: string;
}

export async function getStoredIssueSchedule(ports: BackgroundSchedulePorts, input: StoredIssueInput): Promise<IssueScheduleResult> {
  const { issueKey, project } = input;
  const [{ stored, choice, reach: indexedReach, others = [] }, status] = await Promise.all([
    storedPanelSchedule(ports, { project, nearCriticalDays: input.settings.schedule.nearCriticalDays }, issueKey),
    loadAnalysisStatus(ports.store, project.key),
  ]);
  const readAgain = stored !== null && (stored.manifest.scopeJql !== input.jql || stored.manifest.settingsHash !== settingsFingerprint(input.settings));
  const outdated = stored !== null && !variantRefreshing(choice) && storedDateOutdated(stored.schedule.asOf, input.asOf, ports.now().slice(0, 10));
  const unknown = choice?.use === 'unknown';
  // Queued (or not) while the viewer's keys are checked: neither waits for the other.
  const queueing = queueRefreshIfNeeded(ports, project.key, status, stored === null || unknown || status.stale || readAgain || outdated, readAgain || unknown);
  if (!stored || unknown || choice?.use === 'computing') {
    const refreshing = await queueing;
    return {
      issueKey,
      schedule: null,
      message: `Keel is computing the schedule of ${project.name} (${input.issueCount.atLeast ? 'more than ' : ''}${input.issueCount.count} issues) in the background: too many to compute while you wait.`,
      background: { state: 'computing', issueCount: input.issueCount.count, queuedAt: choice?.use === 'computing' ? choice.queuedAt : refreshing.queuedAt },
    };
  }
  if (choice?.use === 'unavailable') {
    await queueing;
    return { issueKey, schedule: null, message: choice.reason, background: { state: 'unavailable', computedAt: stored.manifest.computedAt, reason: choice.reason } };
  }
  const isSummary = stored.schedule.summaries?.some((s) => s.key === issueKey) === true;
  // A summary task's reach (summary-reach.ts): as its index entry stores it, or made the same way from the whole schedule.
  const reach = isSummary ? (indexedReach ?? summaryReachOf(stored.schedule, issueKey)) : null;
  const activityKeys = reach?.activityKeys ?? [];
  const near = new Set(reach ? summaryPanelKeys(issueKey, reach) : keysShownFor(stored.schedule, issueKey));
  const shown = stored.schedule.nodes.filter((n) => near.has(n.key));
  // A summary task's outside issues it shows no row of (its stored panel: summary-index-entry.ts), asked and counted as its rows are.
  const otherIssues = others.map(([key, projectKey, parentKey]) => ({ key, projectKey, parentKey }));
  const candidates = [...shown.filter((n) => n.key !== issueKey), ...otherIssues, ...parentsOutside([...shown, ...otherIssues])];
  // The viewer has just read the issue itself (fetchIssueProject) and its project (getIssueSchedule), and may have counted all of it: no check.
  // A variant without some outside projects has no edge for the links it left out: it counts them per issue (left-out-links.ts).
  const leftOut = choice && 'key' in choice && choice.outsideLeftOut > 0 ? loadLeftOutLinkCount(ports.store, choice.key, [choice.keyGeneration, stored.manifest.generation], issueKey) : Promise.resolve(0);
  const [refreshing, browsable, leftOutLinks] = await Promise.all([queueing, keysViewerMayBrowse(ports, candidates, knownProject(project.key, choice)), leftOut]);
  const visible = new Set([issueKey, ...browsable]);
  const direct = stored.schedule.edges.filter((e) => (e.from === issueKey || e.to === issueKey) && e.from !== e.to);
  const hiddenLinks =
    leftOutLinks +
    (reach ? hiddenSummaryLinks(reach.outside, (key) => visible.has(key)) : direct.filter((e) => !visible.has(e.from === issueKey ? e.to : e.from)).length);
  const cut = visibleSchedule(
    {
      ...stored.schedule,
      nodes: stored.schedule.nodes.filter((n) => near.has(n.key)),
      // The panel shows no other summary task: far ones must not count as issues hidden from this panel.
      summaries: (stored.schedule.summaries ?? []).filter((s) => s.key === issueKey),
      edges: stored.schedule.edges.filter((e) => near.has(e.from) && near.has(e.to)),
      findings: [],
    },
    (key) => visible.has(key),
    otherIssues.map((o) => o.key),
  );
  const place = issuePlace({ ...cut.schedule, project }, issueKey, hiddenLinks);
  const background = {
    state: 'ready' as const,
    // For a viewer outside a level, storedForViewer's manifest carries the count of the schedule without levels.
    issueCount: stored.manifest.issueCount,
    computedAt: stored.manifest.computedAt,
    refreshing: refreshing.queued || variantRefreshing(choice),
    hiddenIssues: cut.hiddenIssues,
    ...(leftOutLinks > 0 ? { leftOutLinks } : {}),
  };
  if (place) return { issueKey, schedule: place, message: null, background };
  const summaryTask = summaryPlace({ ...cut.schedule, project }, issueKey, hiddenLinks, activityKeys);
  if (summaryTask) return { issueKey, schedule: null, message: null, summaryTask, background };
  const when = stored.manifest.computedAt;
  return {
    issueKey,
    schedule: null,
    message: refreshing.queued
      ? `${issueKey} is not in Keel's stored schedule of ${project.key} (computed at ${when}). A refresh is on its way; it will show here then.`
      : `${issueKey} is not in Keel's scope for ${project.key} (${input.jql}), so Keel does not schedule it. An admin can widen the scope in Keel's settings.`,
    background,
  };
}

/**
 * The stored schedule the panel is cut from: the issue's part of it from the per-issue index (its links two
 * levels deep and its driving chain; for a summary task, its reach: stored-index-for-viewer.ts), else the whole
 * stored schedule (an analysis stored before Keel kept an index, a parent in an index stored before it held
 * summary tasks, or an issue outside the scope).
 */
async function storedPanelSchedule(
  ports: BackgroundSchedulePorts,
  head: { project: { key: string; name: string }; nearCriticalDays: number },
  issueKey: string,
): Promise<Awaited<ReturnType<typeof storedForViewer>> & { reach?: Pick<SummaryReach<ScheduleEdge>, 'activityKeys' | 'outside'>; others?: OtherIssue[] }> {
  const index = await storedIndexForViewer(ports, head.project.key);
  if (index !== null && !index.ready) return { stored: { manifest: index.manifest, schedule: emptySchedule(index.manifest, head) }, choice: index.choice };
  if (index?.ready) {
    const part = await indexedPanelPart(index, head, issueKey);
    if (part !== null) return { stored: { manifest: index.manifest, schedule: part }, choice: index.choice };
    const summary = await indexedSummaryPart(index, head, issueKey);
    if (summary !== null) return { stored: { manifest: index.manifest, schedule: summary.schedule }, choice: index.choice, reach: summary.reach, others: summary.others };
  }
  return storedForViewer(ports, head.project.key);
}
