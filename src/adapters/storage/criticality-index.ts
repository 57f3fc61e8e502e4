/**
 * A stored forecast's criticality index (issue #11): the few figures the views look up (each issue's criticality
 * index and cruciality, each risk's days at P80), laid out so an answer reads only what it shows, not the whole
 * forecast (34 chunks, 7 MB of JSON at 50,000 issues, mostly summaries and bases no view of criticality needs).
 * - Buckets by a hash of the key (schedule-index.ts `bucketOf`), about `BUCKET_ISSUES` issues each (a power of two
 *   buckets: 8 at 10,000 issues, 32 at 50,000), each figure with its place in the forecast's lists, so a few
 *   keys' figures come in the forecast's order: `forecast/issue`, `forecast/criticality` of a page of keys.
 * - By summary group, when the analysis's stored `members` view is there (schedule-views-store.ts): each group's
 *   issues, each with its figures or none (the forecast does not draw it), in parts cut at content-defined
 *   boundaries (content-chunks.ts `nextGroup`), and a directory naming each group's part with the group's highest
 *   criticality, made over members named by their text's hash, so one epic's `schedule/detail` reads one part and
 *   the summary map of a viewer who hides nothing reads the directory alone.
 * Which part or bucket holds a key only decides what is read: an entry always holds the forecast's own figures.
 * O(issues + members) to make; each text is cut into chunks under KVS's value limit (analysis-chunks.ts).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { StoredForecast } from '../../contract/forecast';
import { nextGroup } from './content-chunks';
import { bucketOf } from './schedule-index';
import type { StoredViews } from './schedule-views-store';

/** The index's layout: a reader meets another one (or none) and reads the whole forecast, as before the index. */
export const CRITICALITY_INDEX_FORMAT = 1;

/** Issues a bucket holds on average, at most: ~40 KB of figures, one storage call. */
const BUCKET_ISSUES = 2000;

/** Buckets for `issues` figures: a power of two. Example: 10,000 issues make 8 buckets; 2,000 make 1. */
export function figureBucketCount(issues: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1, Math.ceil(issues / BUCKET_ISSUES))));
}

/** A bucket: each issue as [place in the forecast's issues, criticality, cruciality], each risk as [place, days at P80, struck share]. */
export const figureBucket = z.object({
  issues: z.record(z.string(), z.tuple([z.number(), z.number(), z.number()])),
  risks: z.record(z.string(), z.tuple([z.number(), z.number().nullable(), z.number()])),
});
export type FigureBucket = z.infer<typeof figureBucket>;

/** A part of the groups: each group with its issues, each [key] (not drawn) or [key, criticality, cruciality]. */
export const groupFiguresPart = z.array(z.tuple([z.string(), z.array(z.union([z.tuple([z.string()]), z.tuple([z.string(), z.number(), z.number()])]))]));
export type GroupFiguresPart = z.infer<typeof groupFiguresPart>;

/** The groups' directory: the members' hash, each group's highest criticality (null: none drawn) and its part. */
export const groupDirectory = z.object({ members: z.string(), highest: z.record(z.string(), z.number().nullable()), of: z.record(z.string(), z.number()) });
export type GroupDirectory = z.infer<typeof groupDirectory>;

export interface CriticalityIndexTexts {
  buckets: string[];
  /** The directory's JSON, null without members (the analysis stored no views). */
  directory: string | null;
  parts: string[];
}

type Members = StoredViews['members'];

/** Names a members view by its text, for the writer and every reader alike. */
export function membersHash(members: Members): string {
  return createHash('sha256').update(JSON.stringify(members)).digest('base64url').slice(0, 32);
}

/** The keys of a group of the members view, in its order. */
export function memberKeys(member: Members[number]): string[] {
  return [...Object.entries(member.byProject).flatMap(([project, numbers]) => numbers.map((n) => `${project}-${n}`)), ...member.other];
}

/** The texts of the index; null when a key comes twice among the issues or the risks (a figure would be ambiguous). */
export function criticalityIndexTexts(forecast: Pick<StoredForecast, 'issues' | 'risks'>, members: Members | null): CriticalityIndexTexts | null {
  const count = figureBucketCount(forecast.issues.length);
  const issues = new Map(forecast.issues.map((issue, place) => [issue.key, [place, issue.criticality, issue.cruciality] as [number, number, number]]));
  const risks = new Map(forecast.risks.map((risk, place) => [risk.key, [place, risk.daysAddedAtP80, risk.struckShare] as [number, number | null, number]]));
  if (issues.size !== forecast.issues.length || risks.size !== forecast.risks.length) return null;
  const inBuckets = <T>(figures: Map<string, T>): [string, T][][] => {
    const lists = Array.from({ length: count }, (): [string, T][] => []);
    // In key order, so a bucket's text depends only on its figures.
    for (const entry of [...figures].sort(byKey)) lists[bucketOf(entry[0], count)]?.push(entry);
    return lists;
  };
  const [issueLists, riskLists] = [inBuckets(issues), inBuckets(risks)];
  // From entries, so no key (whatever it spells) is taken for an object's own property name.
  const buckets = issueLists.map((list, b): FigureBucket => ({ issues: Object.fromEntries(list), risks: Object.fromEntries(riskLists[b] ?? []) }));
  const texts = buckets.map((b) => JSON.stringify(b));
  if (members === null) return { buckets: texts, directory: null, parts: [] };
  const groups: GroupFiguresPart = members.map((member) => [
    member.group,
    memberKeys(member).map((key): [string] | [string, number, number] => {
      const figure = issues.get(key);
      return figure === undefined ? [key] : [key, figure[1], figure[2]];
    }),
  ]);
  // Each group's highest index, as answers-from-views.ts `membersCriticality` makes it over the same members.
  const highest = groups.map(([group, entries]): [string, number | null] => {
    let most: number | null = null;
    for (const entry of entries) if (entry.length === 3) most = Math.max(most ?? 0, entry[1]);
    return [group, most];
  });
  const parts: string[] = [];
  const of: [string, number][] = [];
  for (let start = 0; start < groups.length; ) {
    const { text, end } = nextGroup(groups, start, ([group]) => group);
    for (const [group] of groups.slice(start, end)) of.push([group, parts.length]);
    parts.push(text);
    start = end;
  }
  // Made from entries, so no group's key (whatever it spells) is taken for an object's own property name.
  const directory: GroupDirectory = { members: membersHash(members), highest: Object.fromEntries(highest), of: Object.fromEntries(of) };
  return { buckets: texts, directory: JSON.stringify(directory), parts };
}

const byKey = ([x]: [string, unknown], [y]: [string, unknown]): number => (x < y ? -1 : x > y ? 1 : 0);
