/**
 * Content-addressed chunks of a stored analysis (issue #11: a small refresh rewrites only what changed). A list
 * (nodes, links, issues) is cut into groups at content-defined boundaries: after an item whose key's hash falls
 * under a threshold proportional to the item's size, once the group holds `MIN_GROUP_BYTES` (or before it would
 * pass `MAX_GROUP_BYTES`), as content-defined chunking does (LBFS, Muthitacharoen et al., SOSP 2001), but on item
 * keys rather than a rolling hash of bytes. An edit changes the group that holds the item; an insert, a deletion or
 * a move changes one or two groups, not every group after it. Each group's JSON is cut under KVS's 240 KiB a value
 * (analysis-chunks.ts), and each chunk is stored under the SHA-256 of its text, so a chunk the previous
 * generation already stored is not written again. O(n) in the items' JSON.
 */
import { createHash } from 'node:crypto';
import { ANALYSIS_CHUNK_BYTES, analysisChunks } from './analysis-chunks';

/**
 * Bytes are counted as stored (the group's text as a JSON string value, its quotes escaped). A group is cut only
 * past MIN_GROUP_BYTES, so it stays close to one whole chunk (a reader's calls): ~175 KiB on average.
 */
const MIN_GROUP_BYTES = 150 * 1024;
/** Expected bytes past the minimum before a boundary. */
const MEAN_EXTRA_BYTES = 30 * 1024;
/** A group is cut before it passes a chunk (analysisChunks still cuts a longer text: one item that large). */
const MAX_GROUP_BYTES = ANALYSIS_CHUNK_BYTES - 1024;

/** A chunk's text and the hash it is stored under. */
export interface ContentChunk {
  hash: string;
  text: string;
}

/** The SHA-256 of a chunk's text, 24 hex digits (96 bits): short in the manifest, collisions beyond reach. */
export function chunkHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}

/** The storage key of a content chunk of one analysis (`PAY`, `PAY#none`): per analysis, so collecting one touches no other. */
export const contentChunkKey = (analysisKey: string, hash: string): string => `schedule-analysis:${analysisKey}:c:${hash}`;

/** FNV-1a of a key, as a fraction in [0, 1): the same for every writer. */
function keyFraction(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  // A final avalanche, so keys that differ in their last digit (PAY-1, PAY-2) spread over the range.
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) >>> 0;
  return ((hash ^ (hash >>> 16)) >>> 0) / 2 ** 32;
}

type GroupLimits = { min: number; mean: number; max: number };
const LIMITS: GroupLimits = { min: MIN_GROUP_BYTES, mean: MEAN_EXTRA_BYTES, max: MAX_GROUP_BYTES };

/**
 * The JSON texts of `items` cut into groups at content-defined boundaries (each text a JSON array). Joined by
 * a reader that parses each and concatenates the lists, they give `items` back in order. No items: no group.
 */
export function itemGroups<T>(items: readonly T[], keyOf: (item: T) => string, limits = LIMITS): string[] {
  const groups: string[] = [];
  for (let start = 0; start < items.length; ) {
    const group = nextGroup(items, start, keyOf, limits);
    groups.push(group.text);
    start = group.end;
  }
  return groups;
}

/**
 * The group that starts at item `start` (itemGroups cuts `items` into these, one after the other): its JSON text
 * and the index after its last item. Which items a group holds depends on them alone, so a writer that knows a
 * group's text for the same items starting a group (issue-groups.ts) need not make it again.
 */
export function nextGroup<T>(items: readonly T[], start: number, keyOf: (item: T) => string, limits = LIMITS): { text: string; end: number } {
  const texts: string[] = [];
  let bytes = 0;
  for (let i = start; i < items.length; i++) {
    const item = items[i] as T;
    const text = JSON.stringify(item);
    // As stored: escaped inside a JSON string (the quotes around it and the comma after it, about the same).
    const size = Buffer.byteLength(JSON.stringify(text));
    if (texts.length > 0 && bytes + size > limits.max) return { text: `[${texts.join(',')}]`, end: i };
    texts.push(text);
    bytes += size;
    // The chance of a boundary grows with the item's size, so the mean group is the same whatever the items' size.
    if (bytes >= limits.min && keyFraction(keyOf(item)) < size / limits.mean) return { text: `[${texts.join(',')}]`, end: i + 1 };
  }
  return { text: `[${texts.join(',')}]`, end: items.length };
}

/** A text's chunks (analysis-chunks.ts), each with its hash. */
export function contentChunks(text: string): ContentChunk[] {
  return analysisChunks(text).map((chunk) => ({ hash: chunkHash(chunk), text: chunk }));
}
