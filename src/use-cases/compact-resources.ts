/**
 * The Resources answer shaped for a large project's stored analysis (store-levellings.ts), so a resolver can hand it
 * back whole (Forge: an answer under 1 MB): the moved issues only (the Dependencies tab's levelled dates are for
 * scopes levelled live), at most STORED_CELL_ISSUES keys a cell, findings with at most 50 keys each, and only as
 * many people and pools as fit STORED_ROWS_BYTES, the busiest first (over-allocated weeks in the CPM plan, then
 * hours), shown in the answer's own order; `rowCount` then says how many there were, for an "and N more".
 * Example: 2,000 people over 104 weeks keep the busiest 23 rows (~26 KB each) and say rowCount 2,000.
 */
import { isOverAllocated } from '../domain/levelling/resource-load';
import type { ResourcesResult } from '../contract';
import { jsonBytes } from './schedule-views/answer-budget';
import { cappedFinding } from './schedule-views/shaped-schedule';

export const STORED_CELL_ISSUES = 5;
/** The load rows' share of the stored answer: the rest (moved issues, findings) stays well inside the other 400 KB. */
export const STORED_ROWS_BYTES = 600_000;

type Row = ResourcesResult['rows'][number];

export function compactResources(resources: ResourcesResult): ResourcesResult {
  const rows = resources.rows.map(
    (row): Row => ({
      ...row,
      cells: row.cells.map((cell) => ({ ...cell, cpmIssues: cell.cpmIssues.slice(0, STORED_CELL_ISSUES), levelledIssues: cell.levelledIssues.slice(0, STORED_CELL_ISSUES) })),
    }),
  );
  const kept = busiestRows(rows, STORED_ROWS_BYTES);
  return {
    ...resources,
    issues: resources.moved,
    rows: kept,
    ...(kept.length < rows.length ? { rowCount: rows.length } : {}),
    findings: resources.findings.map(cappedFinding),
  };
}

/** The busiest rows whose JSON fits `budget` bytes, in their original order. O(rows x weeks + rows log rows); only the kept rows are measured. */
export function busiestRows(rows: readonly Row[], budget: number): Row[] {
  const weight = rows.map((row, index) => ({
    index,
    over: row.cells.filter((c) => isOverAllocated(c.cpmHours, c.capacityHours) || isOverAllocated(c.levelledHours, c.capacityHours)).length,
    hours: row.cells.reduce((sum, c) => sum + c.cpmHours, 0),
  }));
  weight.sort((a, b) => b.over - a.over || b.hours - a.hours || a.index - b.index);
  const keep = new Set<number>();
  let used = 0;
  for (const { index } of weight) {
    const bytes = jsonBytes(rows[index]) + 1;
    if (used + bytes > budget) break;
    used += bytes;
    keep.add(index);
  }
  return rows.filter((_, index) => keep.has(index));
}
