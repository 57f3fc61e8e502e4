/**
 * Named earned-value baselines in Forge storage (DESIGN.md section 1, "Baselines"; section 5: a value holds at
 * most 240 KiB). A baseline is stored as JSON text cut into chunks well under the limit, with a head record;
 * each project keeps an index of its baselines' names, since storage is queried by key prefix only.
 */
import { z } from 'zod';

/** The part of `@forge/kvs` the store needs; the resolver passes the real `kvs`. */
export interface BaselineKvs {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
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

const head = z.object({ name: z.string(), createdAt: z.string(), createdBy: z.string(), chunks: z.number().int().min(0), issueCount: z.number(), bac: z.number() });
export type BaselineSummary = Omit<z.infer<typeof head>, 'chunks'>;
const index = z.array(z.string());

const indexKey = (projectKey: string) => `evm-baselines:${projectKey}`;
const headKey = (projectKey: string, name: string) => `evm-baseline:${projectKey}:${name}:head`;
const chunkKey = (projectKey: string, name: string, i: number) => `evm-baseline:${projectKey}:${name}:${i}`;

async function names(store: BaselineKvs, projectKey: string): Promise<string[]> {
  const parsed = index.safeParse(await store.get(indexKey(projectKey)));
  return parsed.success ? parsed.data : [];
}

export async function saveBaseline(store: BaselineKvs, projectKey: string, baseline: StoredBaseline): Promise<BaselineSummary> {
  const text = JSON.stringify(baseline);
  const chunks = Math.ceil(text.length / CHUNK_CHARS);
  for (let i = 0; i < chunks; i++) await store.set(chunkKey(projectKey, baseline.name, i), text.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS));
  const summary = { name: baseline.name, createdAt: baseline.createdAt, createdBy: baseline.createdBy, issueCount: baseline.entries.length, bac: baseline.entries.reduce((sum, e) => sum + e[1], 0) };
  // The head goes last: a baseline whose chunks are not all written is never read.
  await store.set(headKey(projectKey, baseline.name), { ...summary, chunks });
  const known = await names(store, projectKey);
  if (!known.includes(baseline.name)) await store.set(indexKey(projectKey), [...known, baseline.name]);
  return summary;
}

export async function listBaselines(store: BaselineKvs, projectKey: string): Promise<BaselineSummary[]> {
  const summaries: BaselineSummary[] = [];
  for (const name of await names(store, projectKey)) {
    const parsed = head.safeParse(await store.get(headKey(projectKey, name)));
    if (parsed.success) summaries.push({ name: parsed.data.name, createdAt: parsed.data.createdAt, createdBy: parsed.data.createdBy, issueCount: parsed.data.issueCount, bac: parsed.data.bac });
  }
  return summaries;
}

/** The stored baseline, or null when there is none by that name (or it is damaged: then it cannot be used). */
export async function loadBaseline(store: BaselineKvs, projectKey: string, name: string): Promise<StoredBaseline | null> {
  const meta = head.safeParse(await store.get(headKey(projectKey, name)));
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
  const meta = head.safeParse(await store.get(headKey(projectKey, name)));
  const known = await names(store, projectKey);
  if (!meta.success && !known.includes(name)) return false;
  await store.delete(headKey(projectKey, name));
  for (let i = 0; meta.success && i < meta.data.chunks; i++) await store.delete(chunkKey(projectKey, name, i));
  await store.set(indexKey(projectKey), known.filter((n) => n !== name));
  return true;
}
