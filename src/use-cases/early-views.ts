/**
 * A large project's stored views read while the viewer's counts choose what they are answered from (issue #11:
 * `schedule/get` on a new Forge instance waited for the counts, then read the views, then asked Jira which keys
 * outside the project the viewer may browse: three round trips in series). The project's own views (what most
 * viewers are answered from: those who see the whole project) are read alongside the counts, and as soon as they
 * are, which of their keys outside the project the viewer may browse is asked of Jira as the viewer (it awaits the
 * viewer's counts of those projects the choice asks: invocation-memo.ts). Both start once the counts are asked, so
 * that neither delays them (the views' parsing would hold up the reads the counts wait for). Neither
 * reaches the viewer before the choice: stored-views-for-viewer.ts uses them only when the choice names those very
 * views (the project's, this generation), and the keys answer only for them; otherwise both are dropped and the
 * choice's own views are read. What is dropped costs a few storage reads and the viewer's own key searches.
 */
import type { AnalysisManifest } from '../adapters/storage/analysis-store';
import { loadScheduleViews, type ViewName } from '../adapters/storage/schedule-views-store';
import { keysViewerMayBrowse } from './keys-viewer-may-browse';
import type { ScopePorts } from './load-scope';
import type { ViewerChoicePorts } from './viewer-schedule-choice';

/** Its outcome, kept so a read nobody uses never rejects unheard. */
type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface EarlyViews {
  /** The analysis and generation they are of: the project's own, as its manifest named them. */
  key: string;
  generation: string;
  names: readonly ViewName[];
  views: Promise<Settled<Awaited<ReturnType<typeof loadScheduleViews<ViewName>>>>>;
  /** Which keys of the views' `access.outside` the viewer may browse (keysViewerMayBrowse); null when no views were read. */
  browsable: Promise<Settled<string[] | null>>;
}

/** Starts reading the project's own views `wanted` and checking their outside keys; null when none are wanted or kept. */
export function earlyViews(ports: ScopePorts & Pick<ViewerChoicePorts, 'store'>, projectKey: string, manifest: AnalysisManifest, wanted: readonly ViewName[]): EarlyViews | null {
  if (wanted.length === 0 || manifest.views === undefined) return null;
  const names: ViewName[] = ['access', ...wanted];
  const read = loadScheduleViews(ports.store, projectKey, manifest.views, names);
  const browsable = read.then(async (views) => {
    if (views === null || views.access.projectKey !== projectKey) return null;
    return keysViewerMayBrowse(ports, views.access.outside);
  });
  return { key: projectKey, generation: manifest.generation, names, views: settled(read), browsable: settled(browsable) };
}

/** The value of a settled read, or its failure thrown now that someone uses it. */
export function valueOf<T>(outcome: Settled<T>): T {
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

const settled = <T>(promise: Promise<T>): Promise<Settled<T>> => promise.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));
