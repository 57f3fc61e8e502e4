/**
 * What a schedule view derives from a large schedule's lists (its byte count, the chase list, a sort order),
 * computed once per list, not on every call (issue #11: at 50,000 issues these took seconds per answer). A stored
 * schedule is read once per generation and kept frozen (analysis-store.ts), and a viewer's cut of it is kept
 * frozen too (viewer-cut.ts), so the same arrays come back call after call: what is derived from them is kept
 * beside them, in a WeakMap that lets both go together. Only a frozen list is remembered: one that may still
 * change (a schedule computed in the call) is derived afresh each time.
 * A value depends on the list, its `name` (which spells every plain parameter: a date, a budget, a sort
 * column) and `deps`, other objects compared by identity (the links beside the nodes).
 */

interface Kept {
  deps: readonly unknown[];
  value: unknown;
}

/** Values kept per list at most, the oldest dropped first: 15 sort columns by 2 directions and a few more. */
const PER_LIST = 40;

const kept = new WeakMap<object, Map<string, Kept>>();

export function derivedOnce<T>(list: readonly unknown[], name: string, deps: readonly unknown[], compute: () => T): T {
  if (!Object.isFrozen(list)) return compute();
  const values = kept.get(list) ?? new Map<string, Kept>();
  kept.set(list, values);
  const hit = values.get(name);
  if (hit && hit.deps.length === deps.length && hit.deps.every((d, i) => d === deps[i])) {
    // Most recently used last: the oldest is the first dropped.
    values.delete(name);
    values.set(name, hit);
    return hit.value as T;
  }
  const value = compute();
  values.delete(name);
  values.set(name, { deps, value });
  for (const oldest of values.keys()) {
    if (values.size <= PER_LIST) break;
    values.delete(oldest);
  }
  return value;
}
