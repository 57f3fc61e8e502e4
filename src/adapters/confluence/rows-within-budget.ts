/**
 * The rows of a long ADF table that fit a byte budget, in order: a RACI matrix of 2,500 deliverables by 40 people
 * is about 8 MB of ADF, past what a Confluence export or page takes from Keel (DESIGN.md section 5: answers under
 * 1 MB). Each row's size is its JSON's length, so the kept rows' JSON is at most `budget` bytes (UTF-16 units,
 * which is bytes for the ASCII that dominates ADF). O(total JSON).
 */
import type { AdfNode } from './adf-node';

export function rowsWithinBudget<T extends AdfNode>(rows: readonly T[], budget: number): T[] {
  const kept: T[] = [];
  let used = 0;
  for (const row of rows) {
    used += JSON.stringify(row).length + 1;
    if (used > budget) break;
    kept.push(row);
  }
  return kept;
}

/** The JSON length of nodes, as `rowsWithinBudget` counts it. */
export function adfBytes(nodes: readonly AdfNode[]): number {
  return JSON.stringify(nodes).length;
}
