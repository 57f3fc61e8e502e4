/**
 * Changelog histories as the spec shapes them. Real Jira sends `"from": null` (and `fromString`, `to`,
 * `toString`) for a change from or to an empty value, but the v3 spec types ChangeDetails' values as plain
 * strings; the sandbox follows the spec by leaving null values out, which clients read the same way.
 */

type Json = Record<string, unknown>;

const nullable = ['from', 'fromString', 'to', 'toString'];

function withoutNulls(item: unknown): unknown {
  if (typeof item !== 'object' || item === null) return item;
  return Object.fromEntries(Object.entries(item).filter(([key, value]) => !(nullable.includes(key) && value === null)));
}

export function specHistories(histories: readonly Json[]): Json[] {
  return histories.map((history) =>
    Array.isArray(history.items) ? { ...history, items: (history.items as unknown[]).map(withoutNulls) } : history,
  );
}
