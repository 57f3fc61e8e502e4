/**
 * A stored schedule's nodes and links by summary group (schedule-views/schedule-groups.ts), so one epic's
 * `schedule/detail` on a new instance reads that epic's part, not the 40 MB of the whole schedule (issue #11).
 * The groups, in key order, are cut into parts at content-defined boundaries (content-chunks.ts `nextGroup`,
 * keyed by group: an edit rewrites the part of its group); a group larger than a part (an epic of 5,000 issues) is
 * a part of its own, and every part's text is cut into chunks under KVS's 240 KiB a value. The manifest lists each
 * part's chunks (`groups`: collected with the generation); the `groups` view is the directory a reader looks an
 * epic up in: which part holds each group, and the part's chunks. Parsed parts are kept warm by their hashes.
 */
import { jsonTextAs } from './json-text-as';
import * as z from 'zod/mini';
import { scheduleEdge, scheduleNode } from '../../contract';
import { mapInFlight, MAX_READS_IN_FLIGHT } from '../in-flight';
import type { AnalysisKvs } from './analysis-store';
import { contentChunkKey, contentChunks, nextGroup, type ContentChunk } from './content-chunks';
import { keepWarmAnswer, warmAnswer } from './warm-answers';

const scheduleGroup = z.object({ group: z.string(), nodes: z.array(scheduleNode), edges: z.array(scheduleEdge) });
export type ScheduleGroup = z.infer<typeof scheduleGroup>;
const groupPart = z.array(scheduleGroup);

/** The `groups` view: each part's chunk hashes, and the part each group is in. */
export const groupDirectory = z.object({ parts: z.array(z.array(z.string())), of: z.record(z.string(), z.number()) });
export type GroupDirectory = z.infer<typeof groupDirectory>;

/** The parts' chunks and their directory; `named` names each chunk as the analysis's own chunks are named. */
export function groupChunks(groups: readonly ScheduleGroup[], named: (chunks: ContentChunk[]) => ContentChunk[]): { parts: ContentChunk[][]; directory: GroupDirectory } {
  const parts: ContentChunk[][] = [];
  const of: Record<string, number> = {};
  for (let start = 0; start < groups.length; ) {
    const { text, end } = nextGroup(groups, start, (g) => g.group);
    for (const { group } of groups.slice(start, end)) of[group] = parts.length;
    parts.push(named(contentChunks(text)));
    start = end;
  }
  return { parts, directory: { parts: parts.map((chunks) => chunks.map((c) => c.hash)), of } };
}

/**
 * The group `group` of the analysis `analysisKey`: empty when the directory names no such group (no issue is in
 * it), null when a chunk is missing (the generation was just replaced) or damaged: the caller reads the whole.
 */
export async function loadScheduleGroup(store: AnalysisKvs, analysisKey: string, directory: GroupDirectory, group: string): Promise<ScheduleGroup | null> {
  const part = Object.hasOwn(directory.of, group) ? directory.of[group] : undefined;
  const hashes = part === undefined ? undefined : directory.parts[part];
  if (part === undefined || hashes === undefined) return { group, nodes: [], edges: [] };
  const groups = await loadPart(store, analysisKey, part, hashes);
  return groups === null ? null : (groups.find((g) => g.group === group) ?? null);
}

async function loadPart(store: AnalysisKvs, analysisKey: string, part: number, hashes: readonly string[]): Promise<ScheduleGroup[] | null> {
  const warmKey = `schedule-groups:${analysisKey}:${part}`;
  const hash = hashes.join('.');
  const kept = warmAnswer(warmKey, hash);
  if (kept !== undefined) return kept as ScheduleGroup[];
  const values = await mapInFlight(hashes, MAX_READS_IN_FLIGHT, (h) => store.get(contentChunkKey(analysisKey, h)));
  if (!values.every((v): v is string => typeof v === 'string')) return null;
  const text = values.join('');
  const groups = jsonTextAs(text, groupPart);
  return groups === null ? null : keepWarmAnswer(warmKey, hash, groups, text.length);
}
