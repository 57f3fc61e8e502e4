/**
 * Daily history snapshots in Forge storage: one small value per project per day under
 * `history:PROJECT:YYYY-MM-DD` (a few KiB, far under the 240 KiB limit), so a day's second run overwrites
 * the first and a project's history is one prefix query, in date order because ISO dates sort as text.
 * The EVM and risk parts are written by separate invocations, each replacing only its own part.
 */
import { z } from 'zod';
import type { EvmSnapshot, HistorySnapshot, RiskSnapshot } from '../../contract';
import { entriesWithPrefix, type HistoryKvs } from './history-kvs';

const figure = z.number().nullable();
const perEac = z.object({ cpi: figure, budgetRate: figure, cpiTimesSpi: figure, bottomUp: figure });
const evmSnapshot = z.object({
  asOf: z.string(),
  currency: z.string(),
  figures: z.object({
    bac: z.number(),
    pv: z.number(),
    ev: z.number(),
    ac: z.number(),
    sv: z.number(),
    cv: z.number(),
    spi: figure,
    cpi: figure,
    eac: perEac,
    etc: perEac,
    vac: perEac,
    tcpiBac: figure,
    tcpiEac: perEac,
    percentComplete: figure,
  }),
  earnedSchedule: z.object({ es: z.number(), at: z.number(), spit: figure, forecastFinish: z.string().nullable() }),
  findingCount: z.number(),
}) satisfies z.ZodType<EvmSnapshot>;

const heatMap = z.object({ cells: z.array(z.array(z.number())), unplaced: z.number() });
const riskSnapshot = z.object({
  asOf: z.string(),
  scale: z.enum(['oneToFive', 'percentAndMoney']),
  openRisks: z.number(),
  exposure: z.object({ inherent: z.number(), residual: z.number() }),
  heatMap: z.object({ inherent: heatMap, residual: heatMap }),
  derivedRisks: z.number(),
}) satisfies z.ZodType<RiskSnapshot>;

const snapshot = z.object({
  date: z.string(),
  takenAt: z.string(),
  evm: evmSnapshot.nullable(),
  evmProblem: z.string().nullable(),
  risks: riskSnapshot.nullable(),
  risksProblem: z.string().nullable(),
}) satisfies z.ZodType<HistorySnapshot>;

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
