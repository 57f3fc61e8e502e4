/**
 * Which stored keys outside a large project the viewer may browse, asked of Jira as the viewer while their counts
 * choose what they are answered from (issue #11: `schedule/get` on a new Forge instance waited for the counts, then
 * read the views, then asked about those keys: three round trips in series). Once the choice's counts are asked,
 * the project's own `access` view (the keys its stored schedule holds outside the project) is read and its keys
 * asked about; the keys the answer then needs, whatever the choice (the project's views, an outside variant's, or
 * the whole schedule cut for the viewer), are answered from that check where it asked about them, and the rest
 * asked as before. Nothing of it reaches the viewer but through the choice: it only says which keys the viewer
 * may browse, which the answer would have asked of Jira as them anyway. Its reads and the viewer's searches start
 * behind the counts, so they never delay them (parsing the view would hold up the reads the counts wait for).
 */
import type { AnalysisManifest } from '../adapters/storage/analysis-store';
import { loadScheduleViews } from '../adapters/storage/schedule-views-store';
import { keysViewerMayBrowse } from './keys-viewer-may-browse';
import type { ScopePorts } from './load-scope';
import type { ViewerChoicePorts } from './viewer-schedule-choice';

/** Its outcome, kept so a check nobody uses never rejects unheard. */
type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** The keys asked about and those the viewer may browse; null when the project keeps no views of this generation. */
export type EarlyOutsideCheck = Promise<Settled<{ asked: ReadonlySet<string>; browsable: ReadonlySet<string> } | null>>;

type Node = { key: string; projectKey: string };

/** Starts reading the project's `access` view and asking which of its outside keys the viewer may browse. */
export function earlyOutsideCheck(ports: ScopePorts & Pick<ViewerChoicePorts, 'store'>, projectKey: string, manifest: AnalysisManifest): EarlyOutsideCheck {
  const checked = loadScheduleViews(ports.store, projectKey, manifest.views, ['access']).then(async (views) => {
    if (views === null || views.access.projectKey !== projectKey) return null;
    const { outside } = views.access;
    return { asked: new Set(outside.map((n) => n.key)), browsable: new Set(await keysViewerMayBrowse(ports, outside)) };
  });
  return checked.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));
}

/**
 * Of `nodes`, the keys the viewer may browse (keysViewerMayBrowse): those the early check asked about, from its
 * answer; the others asked now.
 */
export async function keysMayBrowse(ports: ScopePorts, nodes: readonly Node[], early: EarlyOutsideCheck | null): Promise<string[]> {
  const outcome = early ? await early : null;
  if (outcome && !outcome.ok) throw outcome.error;
  const known = outcome?.value ?? null;
  if (known === null) return keysViewerMayBrowse(ports, nodes);
  const rest = nodes.filter((n) => !known.asked.has(n.key));
  const found = rest.length === 0 ? [] : await keysViewerMayBrowse(ports, rest);
  return [...nodes.filter((n) => known.browsable.has(n.key)).map((n) => n.key), ...found];
}
