/**
 * Stored answers this instance parsed last (issue #11): Forge runs the next invocation in the same warm instance
 * when it can, and the Dependencies tab's summary and detail each read the stored forecast (34 chunks, 7 MB of
 * JSON at 50,000 issues) only to look up a few figures. A value is kept under its answer's key and the hash of its
 * stored text (stored-answer.ts), so it is given again only for the very text the record names now: another
 * generation, or the same one stored again with other figures, has another hash and is read afresh.
 * Kept frozen, so no answer may change what the next one reads, and bounded by the bytes of their texts (the
 * parsed values weigh a few times that), the least recently used dropped first.
 */

/** Bytes of stored text kept at most: a 100,000-issue forecast is about 14 MB. */
const WARM_BYTES = 24 * 1024 * 1024;

const warm = new Map<string, { value: unknown; bytes: number }>();
let warmBytes = 0;

const slot = (key: string, hash: string) => `${key}\n${hash}`;

export function warmAnswer(key: string, hash: string): unknown {
  const id = slot(key, hash);
  const hit = warm.get(id);
  if (!hit) return undefined;
  // Most recently used last: the oldest is the first dropped.
  warm.delete(id);
  warm.set(id, hit);
  return hit.value;
}

/** Keeps the value (frozen, deeply) when its text fits the bound; returns it. */
export function keepWarmAnswer<T>(key: string, hash: string, value: T, bytes: number): T {
  if (bytes > WARM_BYTES) return value;
  const id = slot(key, hash);
  forget(id);
  // The same key's other texts are of replaced generations: never asked for again.
  for (const other of [...warm.keys()]) if (other.startsWith(`${key}\n`)) forget(other);
  warm.set(id, { value: deepFrozen(value), bytes });
  warmBytes += bytes;
  for (const oldest of warm.keys()) {
    if (warmBytes <= WARM_BYTES) break;
    forget(oldest);
  }
  return value;
}

/** Forgets every kept answer: what a new Forge instance starts with (the answers bench's cold rows). */
export function forgetWarmAnswers(): void {
  warm.clear();
  warmBytes = 0;
}

function forget(id: string): void {
  const kept = warm.get(id);
  if (!kept) return;
  warm.delete(id);
  warmBytes -= kept.bytes;
}

function deepFrozen<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) deepFrozen(child);
  return Object.freeze(value);
}
