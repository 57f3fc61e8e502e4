/**
 * A stored forecast's criticality index in Forge storage (criticality-index.ts; issue #11), beside the forecast
 * (`forecast-index:PAY` beside `forecast:PAY`, stored-forecast.ts): a record naming the forecast text it was made
 * from (its hash, stored-answer.ts), the figures every answer gives (iterations, sampling error) and the chunks of
 * each bucket, of the groups' directory and of each part. The chunks are named by the index's own hash, written
 * before the record, and the replaced index's are deleted after it, as the forecast's own chunks are; a writer
 * first records what it is about to write, so the next one deletes what a writer that died left. A reader takes the
 * index only when it names the forecast text the forecast's record names now: another (an index not yet written
 * for a new forecast, a writer that died between the two) or none (a forecast stored before the index) and it
 * reads the whole forecast. Parsed buckets and parts are kept warm by the index's hash (warm-answers.ts).
 */
import { jsonTextAs } from './json-text-as';
import * as z from 'zod/mini';
import { mapInFlight, MAX_READS_IN_FLIGHT } from '../in-flight';
import type { AnalysisKvs } from './analysis-store';
import { analysisChunks } from './analysis-chunks';
import { chunkHash } from './content-chunks';
import { CRITICALITY_INDEX_FORMAT, type CriticalityIndexTexts } from './criticality-index';
import { keepWarmAnswer, warmAnswer } from './warm-answers';

const record = z.object({
  format: z.number(),
  /** Names the chunks: the hash of the index's texts. */
  id: z.string(),
  /** The hash of the forecast text the index was made from (stored-answer.ts). */
  answer: z.string(),
  iterations: z.number(),
  samplingError: z.number(),
  /** Chunks of each bucket, of the directory (0: none, or held here), of each part. */
  buckets: z.array(z.number()),
  directory: z.number(),
  /** The directory's text when it is short: read with the record, one storage call and round trip less. */
  directoryText: z.optional(z.string()),
  parts: z.array(z.number()),
});
export type CriticalityIndexRecord = z.infer<typeof record>;

/** A directory up to this long (about 1,000 groups) is held in the record, which every reader reads anyway. */
const INLINE_DIRECTORY_CHARS = 48 * 1024;

const recordKey = (analysisKey: string) => `forecast-index:${analysisKey}`;
const pendingKey = (analysisKey: string) => `forecast-index:${analysisKey}:pending`;
const chunkKey = (analysisKey: string, id: string, text: string, i: number) => `forecast-index:${analysisKey}:${id}:${text}:${i}`;

/** Each text's name in its chunks' keys (`b3`: bucket 3, `d`: the directory, `p0`: part 0) and its chunk count. */
function textsOf(head: Pick<CriticalityIndexRecord, 'buckets' | 'directory' | 'parts'>): [string, number][] {
  return [...head.buckets.map((n, b): [string, number] => [`b${b}`, n]), ['d', head.directory], ...head.parts.map((n, p): [string, number] => [`p${p}`, n])];
}

export async function saveCriticalityIndex(
  store: AnalysisKvs,
  analysisKey: string,
  made: { answer: string; iterations: number; samplingError: number; texts: CriticalityIndexTexts },
): Promise<void> {
  const [previous, pending] = await Promise.all([store.get(recordKey(analysisKey)).then((v) => record.safeParse(v)), store.get(pendingKey(analysisKey)).then((v) => record.safeParse(v))]);
  const { buckets, parts } = made.texts;
  const inline = made.texts.directory !== null && made.texts.directory.length <= INLINE_DIRECTORY_CHARS ? made.texts.directory : null;
  const directory = inline === null ? made.texts.directory : null;
  const named: [string, string[]][] = [...buckets.map((t, b): [string, string] => [`b${b}`, t]), ...(directory === null ? [] : [['d', directory] as [string, string]]), ...parts.map((t, p): [string, string] => [`p${p}`, t])].map(([name, text]) => [name, analysisChunks(text)]);
  const id = chunkHash(`${CRITICALITY_INDEX_FORMAT}\n${made.answer}\n${inline ?? ''}\n${named.map(([name, chunks]) => `${name}:${chunks.join('')}`).join('\n')}`);
  const chunksOf = (name: string) => named.find(([n]) => n === name)?.[1].length ?? 0;
  const head: CriticalityIndexRecord = {
    format: CRITICALITY_INDEX_FORMAT,
    id,
    answer: made.answer,
    iterations: made.iterations,
    samplingError: made.samplingError,
    buckets: buckets.map((_, b) => chunksOf(`b${b}`)),
    directory: chunksOf('d'),
    parts: parts.map((_, p) => chunksOf(`p${p}`)),
    ...(inline === null ? {} : { directoryText: inline }),
  };
  const stored = previous.success ? previous.data.id : null;
  if (pending.success && pending.data.id !== stored && pending.data.id !== id) await deleteChunks(store, analysisKey, pending.data);
  if (stored === id) {
    if (pending.success) await store.delete(pendingKey(analysisKey));
    return;
  }
  await store.set(pendingKey(analysisKey), head);
  for (const [name, chunks] of named) for (const [i, chunk] of chunks.entries()) await store.set(chunkKey(analysisKey, id, name, i), chunk);
  await store.set(recordKey(analysisKey), head);
  if (previous.success) await deleteChunks(store, analysisKey, previous.data);
  await store.delete(pendingKey(analysisKey));
}

/** The index gone with its forecast (a variant of a superseded generation: outside-variants.ts), and what a dead writer left. */
export async function deleteCriticalityIndex(store: AnalysisKvs, analysisKey: string): Promise<void> {
  const [head, pending] = await Promise.all([store.get(recordKey(analysisKey)).then((v) => record.safeParse(v)), store.get(pendingKey(analysisKey)).then((v) => record.safeParse(v))]);
  if (head.success) {
    await store.delete(recordKey(analysisKey));
    await deleteChunks(store, analysisKey, head.data);
  }
  if (pending.success) {
    if (!head.success || pending.data.id !== head.data.id) await deleteChunks(store, analysisKey, pending.data);
    await store.delete(pendingKey(analysisKey));
  }
}

async function deleteChunks(store: AnalysisKvs, analysisKey: string, head: CriticalityIndexRecord): Promise<void> {
  for (const [name, n] of textsOf(head)) for (let i = n - 1; i >= 0; i--) await store.delete(chunkKey(analysisKey, head.id, name, i));
}

/** The index's record when it is of the layout this Keel reads, else null (none stored, or another layout). */
export async function loadCriticalityIndexRecord(store: AnalysisKvs, analysisKey: string): Promise<CriticalityIndexRecord | null> {
  const parsed = record.safeParse(await store.get(recordKey(analysisKey)));
  return parsed.success && parsed.data.format === CRITICALITY_INDEX_FORMAT ? parsed.data : null;
}

/**
 * Reads texts of the index `head` names, each once however often it is asked (and kept warm), read as `schema` says;
 * null when a chunk is missing or a text does not parse (the index was just replaced).
 */
export function criticalityIndexTextReader(store: AnalysisKvs, analysisKey: string, head: CriticalityIndexRecord) {
  const counts = new Map(textsOf(head));
  const read = new Map<string, unknown>();
  return async function texts<T>(names: readonly string[], schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }): Promise<Map<string, T> | null> {
    const wanted = [...new Set(names)].filter((name) => (counts.get(name) ?? 0) > 0);
    for (const name of wanted) {
      const kept = read.get(name) ?? warmAnswer(`forecast-index:${analysisKey}:${name}`, head.id);
      if (kept !== undefined) read.set(name, kept);
    }
    const cold = wanted.filter((name) => !read.has(name));
    const keys = cold.flatMap((name) => Array.from({ length: counts.get(name) ?? 0 }, (_, i) => chunkKey(analysisKey, head.id, name, i)));
    const values = await mapInFlight(keys, MAX_READS_IN_FLIGHT, (key) => store.get(key));
    if (!values.every((v): v is string => typeof v === 'string')) return null;
    let at = 0;
    for (const name of cold) {
      const n = counts.get(name) ?? 0;
      const text = values.slice(at, at + n).join('');
      at += n;
      const parsed = jsonTextAs(text, schema);
      if (parsed === null) return null;
      read.set(name, keepWarmAnswer(`forecast-index:${analysisKey}:${name}`, head.id, parsed, text.length));
    }
    return new Map(wanted.map((name) => [name, read.get(name) as T]));
  };
}

