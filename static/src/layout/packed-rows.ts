/**
 * Packs intervals into rows in the order given (by start, for the fewest rows): an interval continues the row
 * of one of its predecessors when that row is free, so a chain of work stays on one line; otherwise it takes
 * the first free row (first fit). O(V · R + E) for R rows.
 */

export interface Interval {
  id: string;
  start: number;
  end: number;
}

/** Example: [a 0–10, b 5–15, c 12–20] with gap 0 gives rows { a: 0, b: 1, c: 0 }. */
export function packedRows(
  intervals: readonly Interval[],
  gap: number,
  predecessors: ReadonlyMap<string, readonly string[]> = new Map(),
): { rows: Map<string, number>; rowCount: number } {
  const rowEnds: number[] = [];
  const rowLast: string[] = [];
  const rows = new Map<string, number>();
  for (const { id, start, end } of intervals) {
    const free = (r: number) => (rowEnds[r] ?? Infinity) + gap <= start;
    let row = -1;
    for (const pred of predecessors.get(id) ?? []) {
      const r = rows.get(pred);
      if (r !== undefined && rowLast[r] === pred && free(r)) {
        row = r;
        break;
      }
    }
    if (row === -1) row = rowEnds.findIndex((_, r) => free(r));
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(end);
    } else {
      rowEnds[row] = end;
    }
    rowLast[row] = id;
    rows.set(id, row);
  }
  return { rows, rowCount: rowEnds.length };
}
