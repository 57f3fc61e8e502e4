/**
 * One answer of a large project's stored analysis (an Overview's parts, earned value) as a viewer may be given it
 * (DESIGN.md section 5), cut as the stored schedule is (stored-schedule-choice.ts): a viewer who sees every issue
 * of the project the app sees, or is in every level the scope uses, gets the answer over every issue; one outside
 * a level gets the one over the issues under none, which no hidden issue moved; with no record of the levels,
 * "being computed". A scope over several projects (a global scope JQL) whose issues of another project the
 * viewer lists fewer of than were counted is `unavailable`: no figure of the app's is shown. A refresh is queued
 * when the answer is missing, stale, of other settings or of an earlier day. A viewer who may not browse some
 * projects of the linked work outside the scope gets an answer that work moves (`movedByOutsideWork`: earned
 * value, resources) from the variant computed without it (viewer-schedule-choice.ts), "computing" until it is.
 */
import { storedDateOutdated } from './stored-date-outdated';
import type { StoredAnswer } from '../contract';
import { loadAnalysisManifest, type AnalysisManifest } from '../adapters/storage/analysis-store';
import { loadAnalysisStatus } from '../adapters/storage/analysis-status';
import { refreshFailed } from './refresh-failed';
import { type BackgroundSchedulePorts } from './get-project-schedule';
import { memoisedCounts } from './invocation-memo';
import { queueRefreshIfNeeded } from './queue-refresh-if-needed';
import { listedKeys, type LargeScope } from './large-scope';
import { settingsFingerprint } from './settings-fingerprint';
import { viewerScheduleChoice } from './viewer-schedule-choice';

export type StoredForViewer<T> =
  | { state: 'not-ready'; stored: StoredAnswer }
  | { state: 'ready'; value: T; manifest: AnalysisManifest; stored: StoredAnswer; partial: boolean };

/** `load(analysisKey)`: the stored answer of the project's key or of its variant without levels. */
export async function storedForViewer<T extends { issuesByProject: Record<string, number> }>(
  ports: BackgroundSchedulePorts,
  scope: LargeScope,
  asOf: string,
  load: (analysisKey: string) => Promise<{ generation: string; value: T } | null>,
  movedByOutsideWork = true,
): Promise<StoredForViewer<T>> {
  const { project, settings, jql } = scope;
  // Two independent reads: one round trip to storage.
  const [manifest, status] = await Promise.all([loadAnalysisManifest(ports.store, project.key), loadAnalysisStatus(ports.store, project.key)]);
  const choice = manifest ? await viewerScheduleChoice({ ...ports, counts: memoisedCounts(ports) }, project.key, manifest) : null;
  const unknown = choice?.use === 'unknown';
  // Linked work in projects the viewer may not browse moved this answer: the variant computed without it is read.
  const variantKey = choice && 'key' in choice ? (movedByOutsideWork ? choice.key : choice.levelKey) : choice?.use === 'computing' && !movedByOutsideWork ? choice.levelKey : null;
  const stored = manifest && variantKey !== null ? await load(variantKey) : null;
  // An answer of another generation: an analysis stored before Keel kept it, or one being replaced. An outside
  // variant's is of the generation chosen, or already of the analysis's while that variant is being stored.
  const fromVariant = choice !== null && 'key' in choice && variantKey === choice.key && choice.key !== choice.levelKey;
  const generations = new Set([manifest?.generation, ...(fromVariant ? [choice.keyGeneration] : [])]);
  const value = stored !== null && generations.has(stored.generation) ? stored.value : null;
  const olderVariant = fromVariant && choice.variantRefreshing && stored?.generation !== manifest?.generation;
  const readAgain = manifest !== null && (manifest.scopeJql !== jql || manifest.settingsHash !== settingsFingerprint(settings));
  const outdated = manifest !== null && !olderVariant && storedDateOutdated(manifest.computedAt.slice(0, 10), asOf, ports.now().slice(0, 10));
  const variantComputing = choice?.use === 'computing' && movedByOutsideWork;
  const refreshing = await queueRefreshIfNeeded(ports, project.key, status, (value === null && !variantComputing) || status.stale || readAgain || outdated, readAgain || unknown);
  if (manifest && choice?.use === 'unavailable') return { state: 'not-ready', stored: { state: 'unavailable', computedAt: manifest.computedAt, reason: choice.reason } };

  if (!manifest || value === null) return { state: 'not-ready', stored: { state: 'computing', issueCount: scope.counted ?? 0, queuedAt: variantComputing ? choice.queuedAt : refreshing.queuedAt } };

  // Only a scope reaching other projects (a global scope JQL) needs the viewer's keys listed.
  const others = Object.keys(value.issuesByProject).some((p) => p !== project.key);
  const unseen = others ? projectsNotWhollySeen(value.issuesByProject, await listedKeys(ports, jql), project.key) : [];
  if (unseen.length > 0) {
    const reason = `This scope reaches ${unseen.length} other project(s) whose issues you do not all see, so the figures Keel stored cannot be shown to you: they would count issues hidden from you. Ask a Jira admin for access, or set a scope JQL confined to this project.`;
    return { state: 'not-ready', stored: { state: 'unavailable', computedAt: manifest.computedAt, reason } };
  }
  const partial = choice?.use === 'withoutLevels' && choice.partial;
  return { state: 'ready', value, manifest, partial, stored: { state: 'ready', computedAt: manifest.computedAt, refreshing: refreshing.queued || olderVariant, ...refreshFailed(status) } };
}

/** Projects other than the page's whose stored issue count is above what the viewer lists of them. */
function projectsNotWhollySeen(stored: Record<string, number>, listedKeys: readonly string[], projectKey: string): string[] {
  const listed = new Map<string, number>();
  for (const key of listedKeys) {
    const p = key.slice(0, key.lastIndexOf('-'));
    listed.set(p, (listed.get(p) ?? 0) + 1);
  }
  return Object.entries(stored).filter(([p, n]) => p !== projectKey && (listed.get(p) ?? 0) < n).map(([p]) => p);
}
