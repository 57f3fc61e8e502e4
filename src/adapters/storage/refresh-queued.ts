/**
 * "A refresh of this project is on the queue" (issue #11): one KVS key that only one writer can create
 * (FAIL_IF_EXISTS), so of any number of triggers and polls at once exactly one queues an event. The refresh
 * deletes it when it takes the changes heard so far; the next change after that queues the next refresh. It
 * expires by itself after `QUEUED_GIVE_UP_SECONDS`, so a lost event does not stop refreshes for good.
 * Before it, the debounce was a `queued` flag read and written back by every trigger: 10,000 edits at once
 * all read `false` and queued 10,000 events.
 */
import * as z from 'zod/mini';
import type { AnalysisKvs } from './analysis-store';
import { setIfAbsent } from './analysis-kvs-extras';

/** How long a queued event may take to be delivered before another may be queued (polls give up on it too). */
export const QUEUED_GIVE_UP_SECONDS = 30 * 60;

const queuedSchema = z.object({ queuedAt: z.string() });
const queuedKey = (projectKey: string) => `analysis-queued:${projectKey}`;

/** True when this caller is the one to queue the refresh (it must push the event); false when one is queued. */
export async function claimRefreshQueue(store: AnalysisKvs, projectKey: string, now: string): Promise<boolean> {
  // KVS drops the key when it expires; a store without expiry (one process) has it deleted here instead.
  if (!store.setIfAbsent && (await store.get(queuedKey(projectKey))) !== undefined && (await loadRefreshQueued(store, projectKey, now)) === null) {
    await store.delete(queuedKey(projectKey));
  }
  return setIfAbsent(store, queuedKey(projectKey), { queuedAt: now }, QUEUED_GIVE_UP_SECONDS);
}

/** When the refresh on the queue was queued, or null when none is (or, given `now`, it was given up). */
export async function loadRefreshQueued(store: AnalysisKvs, projectKey: string, now?: string): Promise<string | null> {
  const parsed = queuedSchema.safeParse(await store.get(queuedKey(projectKey)));
  if (!parsed.success) return null;
  if (now === undefined) return parsed.data.queuedAt;
  // A store that cannot expire values (one process) gives the key up here, as KVS would.
  return Date.parse(now) - Date.parse(parsed.data.queuedAt) > QUEUED_GIVE_UP_SECONDS * 1000 ? null : parsed.data.queuedAt;
}

/** The refresh has taken what was heard so far: the next change queues another. */
export async function releaseRefreshQueue(store: AnalysisKvs, projectKey: string): Promise<void> {
  if ((await store.get(queuedKey(projectKey))) !== undefined) await store.delete(queuedKey(projectKey));
}
