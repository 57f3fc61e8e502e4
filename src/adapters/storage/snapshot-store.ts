/**
 * Daily history snapshots in Forge storage: one small value per project per day under
 * `history:PROJECT:YYYY-MM-DD` (a few KiB, far under the 240 KiB limit), so a day's second run overwrites
 * the first and a project's history is one prefix query, in date order because ISO dates sort as text.
 * The EVM and risk parts are written by separate invocations, each replacing only its own part; what is read back
 * goes through the contract's own schema of a snapshot.
 */
import { historySnapshot as snapshot, type HistorySnapshot } from '../../contract/history';
import { entriesWithPrefix, type HistoryKvs } from './history-kvs';

export type SnapshotPart = Pick<HistorySnapshot, 'evm' | 'evmProblem'> | Pick<HistorySnapshot, 'risks' | 'risksProblem'>;

const prefixOf = (projectKey: string) => `history:${projectKey}:`;

/** Writes one part of a project's snapshot of `date`, keeping the other part already stored that day. */
export async function saveSnapshotPart(store: HistoryKvs, projectKey: string, date: string, takenAt: string, part: SnapshotPart): Promise<void> {
  const key = `${prefixOf(projectKey)}${date}`;
  const stored = snapshot.safeParse(await store.get(key));
  const base: HistorySnapshot = stored.success ? stored.data : { date, takenAt, evm: null, evmProblem: null, risks: null, risksProblem: null };
  await store.set(key, { ...base, ...part, date, takenAt } satisfies HistorySnapshot);
}

/** The longest common start of two strings: narrows the prefix query to the range's year or month. */
function commonStart(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

/** A project's snapshots from `from` to `to` (ISO dates, both included), oldest first, at most `max`. */
export async function loadSnapshots(
  store: HistoryKvs,
  projectKey: string,
  range: { from?: string | undefined; to?: string | undefined; max: number },
): Promise<{ snapshots: HistorySnapshot[]; truncated: boolean }> {
  const { from, to } = range;
  const narrowed = from !== undefined && to !== undefined ? commonStart(from, to) : '';
  const inRange = (date: string) => from === undefined || date >= from;
  const snapshots: HistorySnapshot[] = [];
  // Keys sort by date: stop at the first one after `to`, or when the answer is full.
  for await (const entry of entriesWithPrefix(store, `${prefixOf(projectKey)}${narrowed}`)) {
    const date = entry.key.slice(prefixOf(projectKey).length);
    if (to !== undefined && date > to) break;
    const parsed = snapshot.safeParse(entry.value);
    if (!parsed.success || !inRange(date)) continue; // a damaged snapshot reads as a missing day
    if (snapshots.length === range.max) return { snapshots, truncated: true };
    snapshots.push(parsed.data);
  }
  return { snapshots, truncated: false };
}
