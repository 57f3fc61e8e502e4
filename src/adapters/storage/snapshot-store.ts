/**
 * Daily history snapshots in Forge storage: one small value per project per day under
 * `history:PROJECT:YYYY-MM-DD` (a few KiB, far under the 240 KiB limit), so a day's second run overwrites
 * the first and a project's history is one prefix query, in date order because ISO dates sort as text.
 * The EVM and risk parts are written by separate invocations, each replacing only its own part, with the
 * issue security levels its scope used (absent in snapshots stored before Keel read levels); what is read back
 * goes through the contract's own schema of a snapshot. A variant for viewers in only some of those levels
 * (level-variants.ts) has its own keys, `history-levels:PROJECT:VARIANT:YYYY-MM-DD`, so it is one prefix query
 * too and never races the main key.
 */
import * as z from 'zod/mini';
import { historySnapshot, type HistorySnapshot } from '../../contract/history';
import { entriesWithPrefix, type HistoryKvs } from './history-kvs';

/** A day's snapshot as stored: with the security levels each part's scope used (absent: not known). */
const levels = z.optional(z.array(z.string()));
const snapshot = z.extend(historySnapshot, { evmLevels: levels, risksLevels: levels });
export type StoredSnapshot = z.infer<typeof snapshot>;

export type SnapshotPart =
  | (Pick<HistorySnapshot, 'evm' | 'evmProblem'> & { evmLevels?: string[] })
  | (Pick<HistorySnapshot, 'risks' | 'risksProblem'> & { risksLevels?: string[] });

const prefixOf = (projectKey: string) => `history:${projectKey}:`;
const variantPrefixOf = (projectKey: string, variant: string) => `history-levels:${projectKey}:${variant}:`;

async function savePart(store: HistoryKvs, key: string, date: string, takenAt: string, part: SnapshotPart): Promise<void> {
  const stored = snapshot.safeParse(await store.get(key));
  const base: StoredSnapshot = stored.success ? stored.data : { date, takenAt, evm: null, evmProblem: null, risks: null, risksProblem: null };
  await store.set(key, { ...base, ...part, date, takenAt } satisfies StoredSnapshot);
}

/** Writes one part of a project's snapshot of `date`, keeping the other part already stored that day. */
export function saveSnapshotPart(store: HistoryKvs, projectKey: string, date: string, takenAt: string, part: SnapshotPart): Promise<void> {
  return savePart(store, `${prefixOf(projectKey)}${date}`, date, takenAt, part);
}

/** The same for one variant (`variant` as `variantKey` names it). */
export function saveVariantPart(store: HistoryKvs, projectKey: string, variant: string, date: string, takenAt: string, part: SnapshotPart): Promise<void> {
  return savePart(store, `${variantPrefixOf(projectKey, variant)}${date}`, date, takenAt, part);
}

/** The longest common start of two strings: narrows the prefix query to the range's year or month. */
function commonStart(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

type Range = { from?: string | undefined; to?: string | undefined; max: number };

/** A project's snapshots from `from` to `to` (ISO dates, both included), oldest first, at most `max`. */
export function loadSnapshots(store: HistoryKvs, projectKey: string, range: Range): Promise<{ snapshots: StoredSnapshot[]; truncated: boolean }> {
  return loadWithPrefix(store, prefixOf(projectKey), range);
}

/** The same for one variant. */
export function loadVariantSnapshots(store: HistoryKvs, projectKey: string, variant: string, range: Range): Promise<{ snapshots: StoredSnapshot[]; truncated: boolean }> {
  return loadWithPrefix(store, variantPrefixOf(projectKey, variant), range);
}

async function loadWithPrefix(store: HistoryKvs, prefix: string, range: Range): Promise<{ snapshots: StoredSnapshot[]; truncated: boolean }> {
  const { from, to } = range;
  const narrowed = from !== undefined && to !== undefined ? commonStart(from, to) : '';
  const inRange = (date: string) => from === undefined || date >= from;
  const snapshots: StoredSnapshot[] = [];
  // Keys sort by date: stop at the first one after `to`, or when the answer is full.
  for await (const entry of entriesWithPrefix(store, `${prefix}${narrowed}`)) {
    const date = entry.key.slice(prefix.length);
    if (to !== undefined && date > to) break;
    const parsed = snapshot.safeParse(entry.value);
    if (!parsed.success || !inRange(date)) continue; // a damaged snapshot reads as a missing day
    if (snapshots.length === range.max) return { snapshots, truncated: true };
    snapshots.push(parsed.data);
  }
  return { snapshots, truncated: false };
}
