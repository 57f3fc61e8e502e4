/**
 * Named earned-value baselines in Forge storage (DESIGN.md section 1, "Baselines"; section 5: a value holds at
 * most 240 KiB). A baseline is stored as JSON text cut into chunks well under the limit, with a head record written
 * last under `evm-baselines:PROJECT:NAME`; a project's baselines are one prefix query over those heads, so two
 * saves at once each write their own key and neither can lose the other (a shared index, read, changed and written
 * back, lost one save in 13 of 20 runs). The index of older versions is still read, and cleaned up on delete.
 */
import { z } from 'zod';
import { BASELINE_NAME } from '../../config/baseline-name';
import { entriesWithPrefix, type HistoryKvs } from './history-kvs';

/** The part of `@forge/kvs` the store needs; the resolver passes the real `kvs`. */
export interface BaselineKvs extends HistoryKvs {
  delete(key: string): Promise<void>;
}

/** Characters per chunk: even if JSON escaped every one, a chunk stays near 120 KiB. */
export const CHUNK_CHARS = 60_000;

const entry = z.tuple([z.string(), z.number(), z.string().nullable(), z.string().nullable()]);
export const storedBaselineSchema = z.object({
  name: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  projectStart: z.string(),
  /** [issue key, budget, planned start, planned finish] of every counted budget. */
  entries: z.array(entry),
});
export type StoredBaseline = z.infer<typeof storedBaselineSchema>;

const totals = z.object({ issueCount: z.number(), bac: z.number() });
/** `byProject`: the counts and budgets per project of the entries, so a viewer's totals leave out what they may not see. */
const head = z.object({ name: z.string(), createdAt: z.string(), createdBy: z.string(), chunks: z.number().int().min(0), issueCount: z.number(), bac: z.number(), byProject: z.record(z.string(), totals).optional() });
export type BaselineSummary = Omit<z.infer<typeof head>, 'chunks' | 'byProject'>;
export type ListedBaseline = BaselineSummary & { byProject: Record<string, z.infer<typeof totals>> | null };
const index = z.array(z.string());

const headsPrefix = (projectKey: string) => `evm-baselines:${projectKey}:`;
const headKey = (projectKey: string, name: string) => `${headsPrefix(projectKey)}${name}`;
const chunkKey = (projectKey: string, name: string, i: number) => `evm-baseline:${projectKey}:${name}:${i}`;
/** Before per-baseline heads: one index of names per project, and each head beside its chunks. */
const legacyIndexKey = (projectKey: string) => `evm-baselines:${projectKey}`;
const legacyHeadKey = (projectKey: string, name: string) => `evm-baseline:${projectKey}:${name}:head`;

async function legacyNames(store: BaselineKvs, projectKey: string): Promise<string[]> {
  const parsed = index.safeParse(await store.get(legacyIndexKey(projectKey)));
  return parsed.success ? parsed.data : [];
}

async function headOf(store: BaselineKvs, projectKey: string, name: string) {
  const current = head.safeParse(await store.get(headKey(projectKey, name)));
  return current.success ? current : head.safeParse(await store.get(legacyHeadKey(projectKey, name)));
}

const listed = (h: z.infer<typeof head>): ListedBaseline => ({ name: h.name, createdAt: h.createdAt, createdBy: h.createdBy, issueCount: h.issueCount, bac: h.bac, byProject: h.byProject ?? null });

/** Issue count and budget per project (the key's prefix). Example: [PAY-1 100, PAY-2 50, PLAT-3 20] -> PAY 2/150, PLAT 1/20. */
export function totalsByProject(entries: StoredBaseline['entries']): Record<string, z.infer<typeof totals>> {
  const byProject: Record<string, z.infer<typeof totals>> = {};
  for (const [key, budget] of entries) {
    const project = key.slice(0, Math.max(0, key.lastIndexOf('-')));
    const sum = byProject[project] ?? { issueCount: 0, bac: 0 };
    byProject[project] = { issueCount: sum.issueCount + 1, bac: sum.bac + budget };
  }
  return byProject;
}

export async function saveBaseline(store: BaselineKvs, projectKey: string, baseline: StoredBaseline): Promise<BaselineSummary> {
  const text = JSON.stringify(baseline);
  const chunks = Math.ceil(text.length / CHUNK_CHARS);
  for (let i = 0; i < chunks; i++) await store.set(chunkKey(projectKey, baseline.name, i), text.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS));
  const summary = { name: baseline.name, createdAt: baseline.createdAt, createdBy: baseline.createdBy, issueCount: baseline.entries.length, bac: baseline.entries.reduce((sum, e) => sum + e[1], 0) };
  // The head goes last: a baseline whose chunks are not all written is never read.
  await store.set(headKey(projectKey, baseline.name), { ...summary, chunks, byProject: totalsByProject(baseline.entries) });
  return summary;
}

/** The project's baselines, oldest first; `byProject` is null for one saved before it was recorded. */
export async function listBaselines(store: BaselineKvs, projectKey: string): Promise<ListedBaseline[]> {
  const summaries = new Map<string, ListedBaseline>();
  for await (const { value } of entriesWithPrefix(store, headsPrefix(projectKey))) {
    const parsed = head.safeParse(value);
    if (parsed.success) summaries.set(parsed.data.name, listed(parsed.data));
  }
  for (const name of await legacyNames(store, projectKey)) {
    const parsed = summaries.has(name) ? null : head.safeParse(await store.get(legacyHeadKey(projectKey, name)));
    if (parsed?.success === true) summaries.set(name, listed(parsed.data));
  }
  return [...summaries.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name));
}

/**
 * The stored baseline, or null when there is none by that name (or it is damaged: then it cannot be used). A
 * name no baseline can have (the settings' default, say) is never turned into a storage key.
 */
export async function loadBaseline(store: BaselineKvs, projectKey: string, name: string): Promise<StoredBaseline | null> {
  if (!BASELINE_NAME.test(name)) return null;
  const meta = await headOf(store, projectKey, name);
  if (!meta.success) return null;
  let text = '';
  for (let i = 0; i < meta.data.chunks; i++) {
    const chunk = z.string().safeParse(await store.get(chunkKey(projectKey, name, i)));
    if (!chunk.success) return null;
    text += chunk.data;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null; // a damaged baseline reads as missing; the caller says it cannot be found
  }
  const parsed = storedBaselineSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** True when there was a baseline by that name. */
export async function deleteBaseline(store: BaselineKvs, projectKey: string, name: string): Promise<boolean> {
  if (!BASELINE_NAME.test(name)) return false;
  const meta = await headOf(store, projectKey, name);
  const legacy = await legacyNames(store, projectKey);
  if (!meta.success && !legacy.includes(name)) return false;
  // The head first: a baseline half deleted is no longer listed or read.
  await store.delete(headKey(projectKey, name));
  await store.delete(legacyHeadKey(projectKey, name));
  for (let i = 0; meta.success && i < meta.data.chunks; i++) await store.delete(chunkKey(projectKey, name, i));
  if (legacy.includes(name)) await store.set(legacyIndexKey(projectKey), legacy.filter((n) => n !== name));
  return true;
}
