/**
 * The views (schedule-views-store.ts) of the stored schedule a viewer's choice names (viewer-schedule-choice.ts),
 * when the choice alone may let them be answered from the views: the app's schedule (or an outside variant of it)
 * for a viewer who counts every issue of the project the app counts (`wholeProject`), so no issue of the project is
 * hidden from them; whether they may browse the keys outside it (`access.outside`) is then asked by the caller.
 * Null otherwise (levels, a listing of the viewer's keys, a refresh under way, an analysis stored before Keel kept
 * views, a chunk gone with its generation): the caller reads the whole schedule.
 */
import { loadAnalysisManifest, type AnalysisManifest } from '../adapters/storage/analysis-store';
import { loadScheduleViews, type StoredViews, type ViewName } from '../adapters/storage/schedule-views-store';
import type { ViewerChoicePorts, ViewerScheduleChoice } from './viewer-schedule-choice';

export type ReadViews = Pick<StoredViews, 'access'> & Partial<StoredViews>;

export async function storedViewsOfChoice(
  ports: Pick<ViewerChoicePorts, 'store'>,
  input: { projectKey: string; manifest: AnalysisManifest; choice: ViewerScheduleChoice; wanted: readonly ViewName[] },
): Promise<{ views: ReadViews; manifest: AnalysisManifest; key: string; generation: string } | null> {
  const { projectKey, manifest, choice, wanted } = input;
  if (wanted.length === 0 || choice.use !== 'all' || !choice.wholeProject) return null;
  const { key } = choice;
  // A variant's manifest was read to choose it: not read again.
  const chosen = key === projectKey ? manifest : (choice.keyManifest ?? (await loadAnalysisManifest(ports.store, key)));
  if (chosen?.generation !== choice.keyGeneration) return null;
  const views = await loadScheduleViews(ports.store, key, chosen.views, ['access', ...wanted]);
  // A `get` view not kept (a schedule too close to the answer budget to shape ahead), or a `status` view not kept
  // (more milestone candidates than it holds), is read whole.
  if (views === null || views.access.projectKey !== projectKey || views.get?.shape.kind === 'none' || views.status === null) return null;
  return { views, manifest: { ...manifest, issueCount: chosen.issueCount, computedAt: chosen.computedAt }, key, generation: chosen.generation };
}
