/**
 * Lookups in a stored forecast's criticality index (criticality-index.ts, criticality-index-store.ts; issue #11):
 * a few keys' figures from their buckets, in the forecast's order; the figures of the issues of named summary
 * groups from the groups' parts (keys none of them holds from their buckets); each group's highest criticality
 * from the directory alone, when it was made over the very members asked about; every figure from every bucket
 * (`forecast/criticality` without keys: ~40 KB a bucket, not the forecast's summaries and bases). Each answers null when a chunk
 * could not be read (the index was just replaced): the caller reads the whole forecast instead.
 */
import { bucketOf } from './schedule-index';
import { jsonTextAs } from './json-text-as';
import { criticalityIndexTextReader, type CriticalityIndexRecord } from './criticality-index-store';
import { figureBucket, groupDirectory, groupFiguresPart, membersHash, type FigureBucket, type GroupDirectory } from './criticality-index';
import type { AnalysisKvs } from './analysis-store';
import type { StoredViews } from './schedule-views-store';

export interface IndexedFigure {
  criticality: number;
  cruciality: number;
}

export function criticalityIndexReader(store: AnalysisKvs, analysisKey: string, head: CriticalityIndexRecord) {
  const texts = criticalityIndexTextReader(store, analysisKey, head);
  const count = head.buckets.length;

  async function buckets(keys: Iterable<string>): Promise<FigureBucket[] | null> {
    const read = await texts([...new Set([...keys].map((key) => `b${bucketOf(key, count)}`))], figureBucket);
    return read === null ? null : [...read.values()];
  }

  async function directory(): Promise<GroupDirectory | null | undefined> {
    // The directory held in the record: null when it does not parse, as a chunk that does not.
    if (head.directoryText !== undefined) return jsonTextAs(head.directoryText, groupDirectory);
    if (head.directory === 0) return undefined;
    const read = await texts(['d'], groupDirectory);
    return read === null ? null : read.get('d');
  }

  return {
    iterations: head.iterations,
    samplingError: head.samplingError,

    /** The issues and risks among `keys` the forecast names, in its order, with their figures. */
    async placed(keys: readonly string[]) {
      const read = await buckets(keys);
      if (read === null) return null;
      const found = placedFigures();
      for (const key of new Set(keys)) {
        const bucket = read.find((b) => Object.hasOwn(b.issues, key) || Object.hasOwn(b.risks, key));
        const issue = bucket && Object.hasOwn(bucket.issues, key) ? bucket.issues[key] : undefined;
        const risk = bucket && Object.hasOwn(bucket.risks, key) ? bucket.risks[key] : undefined;
        found.add(key, issue, risk);
      }
      return found.inOrder();
    },

    /** Every issue and risk the forecast names, in its order, with their figures: every bucket read (at once). */
    async every() {
      const read = await texts(Array.from({ length: count }, (_, b) => `b${b}`), figureBucket);
      if (read === null) return null;
      const found = placedFigures();
      for (const bucket of read.values()) {
        for (const [key, issue] of Object.entries(bucket.issues)) found.add(key, issue, undefined);
        for (const [key, risk] of Object.entries(bucket.risks)) found.add(key, undefined, risk);
      }
      return found.inOrder();
    },

    /** The figures of those of `keys` the forecast draws; `groups`: the summary groups that hold most of them (fewer reads). */
    async figures(keys: readonly string[], groups: readonly string[] = []): Promise<Map<string, IndexedFigure> | null> {
      const found = new Map<string, IndexedFigure>();
      const known = new Set<string>();
      const dir = groups.length === 0 ? undefined : await directory();
      if (dir === null) return null;
      if (dir !== undefined) {
        const names = groups.flatMap((g) => (Object.hasOwn(dir.of, g) ? [`p${dir.of[g]}`] : []));
        const parts = await texts(names, groupFiguresPart);
        if (parts === null) return null;
        const wanted = new Set(groups);
        for (const part of parts.values())
          for (const [group, entries] of part) {
            if (!wanted.has(group)) continue;
            for (const entry of entries) {
              known.add(entry[0]);
              if (entry.length === 3) found.set(entry[0], { criticality: entry[1], cruciality: entry[2] });
            }
          }
      }
      const rest = keys.filter((key) => !known.has(key));
      if (rest.length === 0) return found;
      const read = await buckets(rest);
      if (read === null) return null;
      for (const key of rest)
        for (const bucket of read) {
          const figure = Object.hasOwn(bucket.issues, key) ? bucket.issues[key] : undefined;
          if (figure) found.set(key, { criticality: figure[1], cruciality: figure[2] });
        }
      return found;
    },

    /** Each group's highest criticality (null: none drawn); undefined when the index was not made over `members`. */
    async highest(members: StoredViews['members'], hashOf: (members: StoredViews['members']) => string = membersHash): Promise<Map<string, number | null> | null | undefined> {
      const dir = await directory();
      if (dir === null || dir === undefined) return dir;
      if (dir.members !== hashOf(members)) return undefined;
      return new Map(Object.entries(dir.highest));
    },
  };
}

export type CriticalityIndexReader = ReturnType<typeof criticalityIndexReader>;

/** Figures gathered from buckets, then put in the forecast's order by their places. */
function placedFigures() {
  const issues: { place: number; key: string; criticality: number; cruciality: number }[] = [];
  const risks: { place: number; key: string; daysAddedAtP80: number | null; struckShare: number }[] = [];
  const inOrder = (x: { place: number }, y: { place: number }) => x.place - y.place;
  return {
    add(key: string, issue: FigureBucket['issues'][string] | undefined, risk: FigureBucket['risks'][string] | undefined): void {
      if (issue) issues.push({ place: issue[0], key, criticality: issue[1], cruciality: issue[2] });
      if (risk) risks.push({ place: risk[0], key, daysAddedAtP80: risk[1], struckShare: risk[2] });
    },
    inOrder: () => ({ issues: issues.sort(inOrder), risks: risks.sort(inOrder) }),
  };
}
