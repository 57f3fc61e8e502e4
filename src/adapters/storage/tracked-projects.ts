/**
 * Which projects the daily trigger snapshots: one KVS entry per project (`history-tracking:KEY`), so that two
 * first visits at once cannot overwrite each other's list. A project is tracked from its first Earned value or
 * Risks visit; an administrator's explicit untrack is kept (tracked: false), so a later visit does not undo it.
 */
import { z } from 'zod';
import { entriesWithPrefix, type HistoryKvs } from './history-kvs';

const PREFIX = 'history-tracking:';
const trackingKey = (projectKey: string) => `${PREFIX}${projectKey}`;

const tracking = z.object({ tracked: z.boolean(), since: z.string(), by: z.string().nullable() });
export type Tracking = z.infer<typeof tracking>;

export async function loadTracking(store: HistoryKvs, projectKey: string): Promise<Tracking | null> {
  const parsed = tracking.safeParse(await store.get(trackingKey(projectKey)));
  return parsed.success ? parsed.data : null;
}

/** Starts tracking a project nobody has decided about yet; leaves an existing decision alone. */
export async function trackOnFirstVisit(store: HistoryKvs, projectKey: string, now: string): Promise<void> {
  if ((await loadTracking(store, projectKey)) === null) await store.set(trackingKey(projectKey), { tracked: true, since: now, by: null } satisfies Tracking);
}

/** An administrator's decision: tracked or not, by whom. */
export async function saveTracking(store: HistoryKvs, projectKey: string, value: Tracking): Promise<void> {
  await store.set(trackingKey(projectKey), value);
}

/** The keys of every tracked project, in key order. */
export async function trackedProjects(store: HistoryKvs): Promise<string[]> {
  const keys: string[] = [];
  for await (const entry of entriesWithPrefix(store, PREFIX)) {
    if (tracking.safeParse(entry.value).data?.tracked === true) keys.push(entry.key.slice(PREFIX.length));
  }
  return keys;
}
