/**
 * What the triggers heard about a project's issues since its analysis was refreshed (issue #11), kept so that
 * no change is ever lost: each change is its own KVS key (append-only), never a shared list read and written
 * back, where two triggers at once kept only the last one's ids.
 * Keys are grouped in numbered epochs. Triggers write into the open epoch; a refresh opens the next one, then
 * lists the closed ones (`from` to the last closed), and once its analysis is stored marks them taken. A
 * trigger reads the open epoch again after its write: if a refresh opened another meanwhile, its write may have
 * come after that refresh's listing, so it writes again into the new epoch (a change seen twice is harmless).
 * Taken epochs are never listed again; their keys expire (`CHANGE_TTL_DAYS`), so no delete is needed.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import type { AnalysisKvs } from './analysis-store';
import { listByPrefix, setListed } from './analysis-kvs-extras';

/** How long a change is kept: a refresh whose last sync is older than half of it reads the whole scope. */
export const CHANGE_TTL_DAYS = 14;
/** A trigger that sees this many refreshes open an epoch during its own few writes gives up (never in practice). */
const MAX_WRITE_ATTEMPTS = 5;

const epochsSchema = z.object({ open: z.number(), from: z.number() });
export type ChangeEpochs = z.infer<typeof epochsSchema>;

const changeSchema = z.object({ touched: z.array(z.string()), deleted: z.array(z.string()), full: z.boolean() });
export type HeardChange = z.infer<typeof changeSchema>;

const epochsKey = (projectKey: string) => `analysis-epoch:${projectKey}`;
const epochPrefix = (projectKey: string, epoch: number) => `analysis-change:${projectKey}:${epoch}:`;

/** The epochs, or null before the project's first refresh opened one. */
export async function loadChangeEpochs(store: AnalysisKvs, projectKey: string): Promise<ChangeEpochs | null> {
  const parsed = epochsSchema.safeParse(await store.get(epochsKey(projectKey)));
  return parsed.success ? parsed.data : null;
}

/**
 * Records a change (one key per change: the same issue changed again rewrites the same key). `epoch`: the open
 * epoch the caller has read (0 before any refresh opened one).
 */
export async function recordAnalysisChange(store: AnalysisKvs, projectKey: string, epoch: number, change: HeardChange): Promise<void> {
  const ids = `t.${change.touched.join('.')}-d.${change.deleted.join('.')}`;
  // A trigger's change names one or two issues; a longer list (not from a trigger) is named by its hash.
  const name = change.full ? 'full' : ids.length <= 200 ? ids : createHash('sha256').update(ids).digest('hex');
  let into = epoch;
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
    await setListed(store, epochPrefix(projectKey, into), `${epochPrefix(projectKey, into)}${name}`, change, CHANGE_TTL_DAYS * 86_400);
    const open = (await loadChangeEpochs(store, projectKey))?.open ?? 0;
    if (open === into) return;
    into = open;
  }
  throw new Error(`Keel could not record a change to ${projectKey}'s analysis: its refreshes kept starting while it wrote. The next edit or page visit records it again.`);
}

/** A refresh (holding the lease) opens the next epoch; the ones it must list are `from` to `closed`. */
export async function openNextEpoch(store: AnalysisKvs, projectKey: string): Promise<{ from: number; closed: number }> {
  const current = (await loadChangeEpochs(store, projectKey)) ?? { open: 0, from: 0 };
  await store.set(epochsKey(projectKey), { open: current.open + 1, from: current.from });
  return { from: current.from, closed: current.open };
}

/**
 * The refresh holding the lease has stored its analysis: the epochs before the one it opened are never listed
 * again (only the lease's holder opens epochs, so the open one is still its own).
 */
export async function markChangesTaken(store: AnalysisKvs, projectKey: string): Promise<void> {
  const current = await loadChangeEpochs(store, projectKey);
  if (current !== null && current.from < current.open) await store.set(epochsKey(projectKey), { open: current.open, from: current.open });
}

export interface CollectedChanges {
  touchedIssueIds: string[];
  deletedIssueIds: string[];
  /** A change asked for a full read, or more than `maxIds` ids were heard of (listing stopped there). */
  fullRefresh: boolean;
}

/** Every change in epochs `from` to `closed`, stopping once more than `maxIds` ids are heard of. */
export async function collectAnalysisChanges(store: AnalysisKvs, projectKey: string, epochs: { from: number; closed: number }, maxIds: number): Promise<CollectedChanges> {
  const touched = new Set<string>();
  const deleted = new Set<string>();
  let full = false;
  const tooMany = () => touched.size + deleted.size > maxIds;
  for (let epoch = epochs.from; epoch <= epochs.closed && !full && !tooMany(); epoch++) {
    const add = (value: unknown) => {
      const change = changeSchema.safeParse(value);
      if (!change.success) return;
      full ||= change.data.full;
      change.data.touched.forEach((id) => touched.add(id));
      change.data.deleted.forEach((id) => deleted.add(id));
    };
    let counted = 0;
    await listByPrefix(store, epochPrefix(projectKey, epoch), (seen) => {
      for (; counted < seen.length; counted++) add(seen[counted]?.value);
      return full || tooMany();
    });
  }
  if (full || tooMany()) return { touchedIssueIds: [], deletedIssueIds: [], fullRefresh: true };
  return { touchedIssueIds: [...touched], deletedIssueIds: [...deleted], fullRefresh: false };
}
