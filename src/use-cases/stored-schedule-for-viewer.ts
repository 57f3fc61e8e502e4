/**
 * The stored schedule a viewer of a large project is answered from (issue #11), and which one it is
 * (viewer-schedule-choice.ts): the project's own analysis, its schedule without levels, or an outside variant;
 * or, when the choice lets this viewer be answered from them, the views stored beside it (stored-views-for-viewer.ts).
 */
import { loadAnalysisManifest, loadStoredSchedule, type AnalysisManifest } from '../adapters/storage/analysis-store';
import type { ViewName } from '../adapters/storage/schedule-views-store';
import type { BackgroundSchedulePorts } from './get-project-schedule';
import { memoisedCounts } from './invocation-memo';
import { emptySchedule } from './stored-index-for-viewer';
import { earlyOutsideCheck, type EarlyOutsideCheck } from './early-outside-check';
import { storedViewsOfChoice } from './stored-views-for-viewer';
import { viewerScheduleChoice, type ViewerScheduleChoice } from './viewer-schedule-choice';

export type StoredRead = { stored: Awaited<ReturnType<typeof loadStoredSchedule>>; choice: ViewerScheduleChoice | null };

/**
 * The stored schedule this viewer may be answered from, and which one it is (stored-schedule-choice.ts):
 * null when none is stored; the schedule without levels, with its scope's issue count, when the viewer is outside a level.
 * Only the schedule the choice names is read (issue #11: at 50,000 issues each is seconds of parsing); with
 * `head`, a choice that shows no stored figure (unknown, unavailable, computing) reads none of it.
 */
export async function storedForViewer(ports: BackgroundSchedulePorts, projectKey: string, head?: EmptyHead): Promise<StoredRead> {
  const manifest = await loadAnalysisManifest(ports.store, projectKey);
  if (!manifest) return { stored: null, choice: null };
  return storedOfChoice(ports, projectKey, manifest, await choiceOf(ports, projectKey, manifest), head);
}

export type EmptyHead = Parameters<typeof emptySchedule>[1];

/**
 * `storedForViewer`, or, when `wanted` names views the choice lets this viewer be answered from, those views
 * instead; with the check of the keys outside the project started while the choice counted (`early`).
 */
export async function storedOrViewsForViewer(
  ports: BackgroundSchedulePorts,
  projectKey: string,
  head: EmptyHead,
  wanted: readonly ViewName[],
): Promise<StoredRead & { views?: Awaited<ReturnType<typeof storedViewsOfChoice>>; early?: EarlyOutsideCheck | null }> {
  const manifest = await loadAnalysisManifest(ports.store, projectKey);
  if (!manifest) return { stored: null, choice: null };
  // The keys outside the project checked as the viewer once the counts are asked, not after them (early-outside-check.ts).
  const started: { early: EarlyOutsideCheck | null } = { early: null };
  const choice = await choiceOf(ports, projectKey, manifest, () => {
    started.early = manifest.views ? earlyOutsideCheck(ports, projectKey, manifest) : null;
  });
  const { early } = started;
  const views = await storedViewsOfChoice(ports, { projectKey, manifest, choice, wanted });
  if (views) return { stored: null, choice, views, early };
  return { ...(await storedOfChoice(ports, projectKey, manifest, choice, head)), early };
}

const choiceOf = (ports: BackgroundSchedulePorts, projectKey: string, of: AnalysisManifest, counting?: () => void) =>
  viewerScheduleChoice({ ...ports, counts: memoisedCounts(ports) }, projectKey, of, counting);

async function storedOfChoice(ports: BackgroundSchedulePorts, projectKey: string, manifest: AnalysisManifest, choice: ViewerScheduleChoice, head?: EmptyHead, again = true): Promise<StoredRead> {
  const empty = head && manifest.index ? { manifest, schedule: emptySchedule(manifest, head) } : null;
  if (empty && (choice.use === 'unknown' || choice.use === 'unavailable' || choice.use === 'computing')) return { stored: empty, choice };
  if (!('key' in choice) || choice.key === projectKey) {
    const stored = await loadStoredSchedule(ports.store, projectKey);
    if (!stored) return { stored: null, choice: null };
    if (stored.manifest.generation === manifest.generation) return { stored, choice };
    // The generation flipped since the choice was made: it is made again, for the one just read.
    const next = await choiceOf(ports, projectKey, stored.manifest);
    if (!again || !('key' in next) || next.key === projectKey) return { stored, choice: next };
    return storedOfChoice(ports, projectKey, stored.manifest, next, head, false);
  }
  const variant = await loadStoredSchedule(ports.store, choice.key);
  // Stored with the generation chosen: the analysis's (before its manifest flipped, or just after for an outside
  // variant), or an earlier one's while an outside variant is computed again; another one is a refresh under way.
  if (variant?.manifest.generation !== choice.keyGeneration) return { stored: empty ?? (await loadStoredSchedule(ports.store, projectKey)), choice: { use: 'unknown' } };
  const { issueCount, computedAt } = variant.manifest;
  return { stored: { manifest: { ...manifest, issueCount, computedAt }, schedule: variant.schedule }, choice };
}

/**
 * Whether the viewer is answered from an outside variant of an earlier generation while the current one is
 * computed (viewer-schedule-choice.ts): its dates are older than the analysis, which must not queue a refresh.
 */
export const variantRefreshing = (choice: ViewerScheduleChoice | null): boolean => choice !== null && 'key' in choice && choice.variantRefreshing;
