/**
 * `schedule/get` with DESIGN.md section 5's path for large projects. A scope of at most the settings'
 * `schedule.backgroundAboveIssues` issues (1,500 when unset) is computed in the call as the viewer. A larger one
 * is never computed here: the stored analysis is answered, cut to what the viewer may browse, with when it was
 * computed and whether a refresh is on its way (one is queued when it is stale, from another day, or from other
 * settings or another scope); without one, a computation is queued and the answer says
 * "being computed" (no nodes) so the page can ask again. A viewer outside an issue security level the scope
 * uses is answered from the schedule computed without the issues under levels (stored-schedule-choice.ts); a
 * viewer of a scope over several projects who does not wholly see them all gets no stored figure, only why.
 * The answer is then shaped to its size (schedule-views/shaped-schedule.ts): the whole schedule while it fits,
 * else its head, with the epics summary beside it while both fit (schedule-views/summary-beside-head.ts).
 */
import { storedDateOutdated } from './stored-date-outdated';
import type { ScheduleResult } from '../contract';
import { fetchProject } from '../adapters/jira/fetch-project';
import { searchIssueKeys } from '../adapters/jira/search-issue-keys';
import { loadStoredSchedule, type AnalysisKvs } from '../adapters/storage/analysis-store';
import { loadAnalysisStatus } from '../adapters/storage/analysis-status';
import { refreshFailed } from './refresh-failed';
import { scopeJql } from '../config/scope-jql';
import type { Settings } from '../config/settings';
import { getSchedule } from './get-schedule';
import { settingsFingerprint } from './settings-fingerprint';
import type { ScopePorts } from './load-scope';
import { levelsLeftOutFinding } from './stored-schedule-choice';
import type { ViewerChoicePorts, ViewerScheduleChoice } from './viewer-schedule-choice';
import { outsideLeftOutFinding } from './outside-left-out-finding';
import { memoisedCounts, viewerProject } from './invocation-memo';
import { summariesAndParentsOutside } from './visible-schedule';
import { viewerCut } from './viewer-cut';
import { derivedOnce } from './derived-once';
import { shapedSchedule } from './schedule-views/shaped-schedule';
import { chaseOfSchedule } from './chase-of-schedule';
import { hiddenWorkOf } from './hidden-work-of';
import type { ViewName } from '../adapters/storage/schedule-views-store';
import type { Finding, ScheduleBackground } from '../contract';
import { scheduleFromViews, summaryFromViews, type ViewsRead } from './schedule-views/answers-from-views';
import { summaryOfSchedule, withSummaryBesideHead } from './schedule-views/summary-beside-head';
import type { ReadViews } from './stored-views-for-viewer';
import { keysMayBrowse, type EarlyOutsideCheck } from './early-outside-check';
import { queueRefreshIfNeeded } from './queue-refresh-if-needed';
import { storedOrViewsForViewer, variantRefreshing } from './stored-schedule-for-viewer';

export const DEFAULT_BACKGROUND_ABOVE_ISSUES = 1500;
/** Issues a viewer's key listing reads at most (5,000 a page when only ids are asked for): 20 fetches. */
export const MAX_LISTED_ISSUES = 100_000;

export interface BackgroundSchedulePorts extends ScopePorts, Pick<ViewerChoicePorts, 'requestOutsideVariant'> {
  store: AnalysisKvs;
  /** Queues a computation of the project's analysis (the `keel-analysis` queue). */
  requestRefresh: (projectKey: string) => Promise<void>;
  /** The current instant, ISO 8601. */
  now: () => string;
}

/** `summaryHeld`: the version of the epics summary the caller holds, not sent again (summary-beside-head.ts). */
export async function getProjectSchedule(ports: BackgroundSchedulePorts, input: { projectKey: string; asOf: string; summaryHeld?: string | undefined }): Promise<ScheduleResult> {
  const held = { held: input.summaryHeld };
  // The summary view too: a head carries the epics summary when both fit (summary-beside-head.ts).
  const read = await viewerRead(ports, input, ['get', 'summary']);
  if (read.views) {
    const { views, read: added } = read;
    const fromViews = views.get ? scheduleFromViews(views.get, added) : null;
    if (fromViews) return withSummaryBesideHead(fromViews, () => (views.summary ? summaryFromViews(views.summary, added.background) : null), held);
  }
  const schedule = read.views ? await viewerSchedule(ports, input) : read.schedule;
  // Both come from the whole schedule, before a large one is cut to its head; each is capped to fit the answer.
  const hidden = hiddenWorkOf(schedule);
  return withSummaryBesideHead({ ...shapedSchedule(schedule), chase: chaseOfSchedule(schedule), ...(hidden ? { hidden } : {}) }, () => summaryOfSchedule(schedule), held);
}

/** The whole schedule as the viewer may see it (computed in the call, or stored): what every schedule view is cut from. */
export async function viewerSchedule(ports: BackgroundSchedulePorts, input: { projectKey: string; asOf: string }): Promise<ScheduleResult> {
  const read = await viewerRead(ports, input, []);
  if (read.views) throw new Error('viewerSchedule: views answered where none were asked for');
  return read.schedule;
}

/**
 * The viewer's schedule, or, for a large project whose stored analysis this viewer hides nothing of, the stored
 * views `wanted` (stored-views-for-viewer.ts) with what the read adds to them and the stored analysis they are of
 * (`analysisKey`: the project's, or an outside variant's): the whole schedule is then not read.
 */
export type ViewerRead = { schedule: ScheduleResult; views?: undefined } | { views: ReadViews; read: ViewsRead; analysisKey: string };

export async function viewerRead(ports: BackgroundSchedulePorts, input: { projectKey: string; asOf: string }, wanted: readonly ViewName[]): Promise<ViewerRead> {
  const settings = await ports.loadSettings(input.projectKey);
  const threshold = settings.schedule.backgroundAboveIssues ?? DEFAULT_BACKGROUND_ABOVE_ISSUES;
  // The viewer's own count picks the path: one fetch, where listing 50,000 keys takes ten in a row.
  const { project, jql, counted } = await projectAndCount(ports, settings, input.projectKey);
  if (counted !== null && counted <= threshold) return { schedule: await getSchedule(ports, input) };
  return storedViewerRead(ports, { settings, project, jql, counted }, input.asOf, wanted);
}

/**
 * The project as the viewer reads it, its scope and the viewer's count of it, read together: the count is asked
 * with the key as given and asked again only when Jira's own key is spelt otherwise (a lower-case key).
 */
export async function projectAndCount(
  ports: ScopePorts,
  settings: Settings,
  projectKey: string,
): Promise<{ project: Awaited<ReturnType<typeof fetchProject>>; jql: string; counted: number | null }> {
  // Each asked once per invocation (invocation-memo.ts): another step of the answer asks for the same.
  const counts = memoisedCounts(ports);
  const [project, first] = await Promise.all([viewerProject(ports, projectKey), counts.viewerCount(scopeJql(settings, projectKey))]);
  const jql = scopeJql(settings, project.key);
  return { project, jql, counted: project.key === projectKey ? first : await counts.viewerCount(jql) };
}

/**
 * A large scope's stored schedule as the viewer may see it (large-scope.ts); `counted`: the viewer's count of
 * the scope (null when Jira would not count it).
 */
export async function storedViewerSchedule(ports: BackgroundSchedulePorts, scope: StoredScope, asOf: string): Promise<ScheduleResult> {
  const read = await storedViewerRead(ports, scope, asOf, []);
  if (read.views) throw new Error('storedViewerSchedule: views answered where none were asked for');
  return read.schedule;
}

interface StoredScope {
  settings: Settings;
  project: { key: string; name: string };
  jql: string;
  counted: number | null;
}

/**
 * `storedViewerSchedule`, or the views `wanted` when the viewer hides nothing: the choice lets them be read
 * (stored-views-for-viewer.ts) and the viewer may browse every key the stored schedule holds outside the project.
 * Whenever one of those keys is not theirs, the whole schedule is read and cut as for anyone else.
 */
export async function storedViewerRead(ports: BackgroundSchedulePorts, scope: StoredScope, asOf: string, wanted: readonly ViewName[]): Promise<ViewerRead> {
  const { settings, project, jql, counted } = scope;
  const input = { asOf };
  const head = { project: { key: project.key, name: project.name }, nearCriticalDays: settings.schedule.nearCriticalDays };
  const [{ stored, choice, views, early = null }, status] = await Promise.all([storedOrViewsForViewer(ports, project.key, head, wanted), loadAnalysisStatus(ports.store, project.key)]);
  const manifest = views?.manifest ?? stored?.manifest ?? null;
  const storedAsOf = views?.views.access.asOf ?? stored?.schedule.asOf ?? null;
  // Another scope or other settings need every issue read again; another day needs the schedule recomputed.
  const readAgain = manifest !== null && (manifest.scopeJql !== jql || manifest.settingsHash !== settingsFingerprint(settings));
  const outdated = storedAsOf !== null && !variantRefreshing(choice) && storedDateOutdated(storedAsOf, input.asOf, ports.now().slice(0, 10));
  const unknown = choice?.use === 'unknown';
  // Queued (or not) while the viewer's keys are checked: neither waits for the other.
  const queueing = queueRefreshIfNeeded(ports, project.key, status, manifest === null || unknown || status.stale || readAgain || outdated, readAgain || unknown);
  if (!manifest || unknown || choice?.use === 'unavailable' || choice?.use === 'computing') {
    const refreshing = await queueing;
    const empty = { project: { key: project.key, name: project.name }, scopeJql: jql, asOf: input.asOf, projectStart: input.asOf, projectFinish: input.asOf };
    return {
      schedule: {
        ...empty,
        durationDays: 0,
        nearCriticalDays: settings.schedule.nearCriticalDays,
        nodes: [],
        edges: [],
        cycles: [],
        findings: [],
        background:
          manifest && choice?.use === 'unavailable'
            ? { state: 'unavailable', computedAt: manifest.computedAt, reason: choice.reason }
            : { state: 'computing', issueCount: counted ?? (await listedKeys(ports, jql)).length, queuedAt: choice?.use === 'computing' ? choice.queuedAt : refreshing.queuedAt },
      },
    };
  }
  const ready = (refreshing: { queued: boolean }, hiddenIssues: number): ScheduleBackground => ({
    state: 'ready',
    issueCount: manifest.issueCount,
    computedAt: manifest.computedAt,
    refreshing: refreshing.queued || variantRefreshing(choice),
    hiddenIssues,
    ...refreshFailed(status),
  });
  let knownOutside: string[] | undefined;
  let full = stored;
  if (views) {
    const [refreshing, browsable] = await Promise.all([queueing, keysMayBrowse(ports, views.views.access.outside, early)]);
    const seen = new Set(browsable);
    if (views.views.access.outside.every((n) => seen.has(n.key))) {
      return { views: views.views, read: { project: head.project, background: ready(refreshing, 0), findings: choiceFindings(choice) }, analysisKey: views.key };
    }
    // They may not browse some key outside the project: the whole schedule of the same generation is cut for them.
    const loaded = await loadStoredSchedule(ports.store, views.key);
    if (loaded?.manifest.generation !== views.generation) return storedViewerRead(ports, scope, asOf, []);
    full = { manifest, schedule: loaded.schedule };
    knownOutside = browsable;
  }
  if (!full) throw new Error('storedViewerRead: neither the views nor the schedule were read');
  const [refreshing, visible] = await Promise.all([
    queueing,
    storedKeysViewerMayBrowse(ports, { projectKey: project.key, jql, schedule: full.schedule, wholeProject: choice?.use === 'all' && choice.wholeProject, knownOutside, early }),
  ]);
  const cut = viewerCut(full.schedule, visible);
  return {
    schedule: {
      ...cut.schedule,
      findings: [...cut.schedule.findings, ...choiceFindings(choice)],
      project: { key: project.key, name: project.name },
      background: ready(refreshing, cut.hiddenIssues),
    },
  };
}

/** What the viewer's choice says beside the schedule: levels left out, outside projects left out. */
function choiceFindings(choice: ViewerScheduleChoice | null): Finding[] {
  const withoutLevels = choice?.use === 'withoutLevels';
  return [...(withoutLevels && choice.partial ? [levelsLeftOutFinding()] : []), ...(choice && 'key' in choice && choice.outsideLeftOut > 0 ? [outsideLeftOutFinding(choice.outsideLeftOut)] : [])];
}

/**
 * Which stored issues the viewer may browse. One who counts every issue of the project the app counts may
 * browse every stored issue of it; otherwise the viewer's keys in scope are listed (5,000 a fetch). Issues of
 * other projects, and parents outside the scope, are asked about alone (keysViewerMayBrowse), from the check
 * made while the choice counted where it asked about them (early-outside-check.ts).
 */
async function storedKeysViewerMayBrowse(
  ports: BackgroundSchedulePorts,
  input: { projectKey: string; jql: string; schedule: Parameters<typeof summariesAndParentsOutside>[0]; wholeProject: boolean; knownOutside?: readonly string[] | undefined; early: EarlyOutsideCheck | null },
): Promise<Set<string>> {
  const { nodes } = input.schedule;
  // Summary tasks (parents with work children) are cut like nodes, so they are counted and asked about like them.
  const summaries = summariesAndParentsOutside(input.schedule);
  // Both lists once per stored schedule (derived-once.ts); only which of them the viewer may browse is asked each call.
  const asked = derivedOnce(nodes, 'nodes-and-summaries', [summaries], () => [...nodes, ...summaries]);
  const inProject = derivedOnce(nodes, `keys-of:${input.projectKey}`, [summaries], () => asked.filter((n) => n.projectKey === input.projectKey).map((n) => n.key));
  const visible = new Set(input.wholeProject ? inProject : await listedKeys(ports, input.jql));
  const outside = asked.filter((n) => !visible.has(n.key));
  // Already asked of the same keys (the views' `access.outside`, of this generation) when the views were read.
  const known = input.wholeProject ? input.knownOutside : undefined;
  for (const key of known ?? (await keysMayBrowse(ports, outside, input.early))) visible.add(key);
  return visible;
}

async function listedKeys(ports: ScopePorts, jql: string): Promise<string[]> {
  return (await searchIssueKeys(ports.viewerJira, { jql, maxIssues: MAX_LISTED_ISSUES })).keys;
}
