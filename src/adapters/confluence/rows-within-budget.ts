/**
 * The rows of a long ADF table that fit a byte budget, in order: a RACI matrix of 2,500 deliverables by 40 people
 * is about 8 MB of ADF, past what a Confluence export or page takes from Keel (raci-adf.ts).
 */
import { itemsWithinBudget } from '../../domain/within-budget';
import type { AdfNode } from './adf-node';

export function rowsWithinBudget<T extends AdfNode>(rows: readonly T[], budget: number): T[] {
  return itemsWithinBudget(rows, budget);
}

/** The JSON length of nodes, as `rowsWithinBudget` counts it. */
export function adfBytes(nodes: readonly AdfNode[]): number {
  return JSON.stringify(nodes).length;
}
