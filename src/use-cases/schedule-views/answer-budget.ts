/**
 * How much a resolver answer may weigh. Forge takes about 5 MB; DESIGN.md section 5 keeps every answer under
 * 1 MB, and these budgets leave room for the envelope, the parts not counted and text that is mostly non-ASCII.
 */
export const ANSWER_BUDGET_BYTES = 600 * 1024;

const encoder = new TextEncoder();

/** Bytes of a value's JSON in UTF-8: what it weighs on the wire. Example: `jsonBytes({ a: 'é' })` is 10. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? '').length;
}

/**
 * The longest prefix of `items` whose JSON, one after another, stays within `budget` bytes (with a comma
 * each). Stops measuring at the first item over, so a 50,000-item list costs what fits, not all of it.
 */
export function prefixWithin<T>(items: readonly T[], budget: number): T[] {
  const kept: T[] = [];
  let used = 0;
  for (const item of items) {
    used += jsonBytes(item) + 1;
    if (used > budget) break;
    kept.push(item);
  }
  return kept;
}
