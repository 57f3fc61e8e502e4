import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ResourcesResult } from '../../src/contract';
import { resourcesResult } from '../../src/contract/resources';
import { busiestRows, compactResources, STORED_CELL_ISSUES } from '../../src/use-cases/compact-resources';

type Row = ResourcesResult['rows'][number];

const keys = (from: number, count: number): string[] => Array.from({ length: count }, (_, i) => `PAY-${from + i}`);

/** A person's row over `weeks` weeks: 40 h capacity, `hours` of load each week, 25 issues a cell (6 keys listed, to keep the test quick). */
function row(name: string, weeks: number, hours: number): Row {
  return {
    resource: name,
    kind: 'person',
    cells: Array.from({ length: weeks }, (_, w) => ({
      capacityHours: 40,
      cpmHours: hours,
      levelledHours: Math.min(hours, 40),
      cpmIssues: keys(10_000 + w * 25, 6),
      cpmIssueCount: 25,
      levelledIssues: keys(20_000 + w * 25, 6),
      levelledIssueCount: 25,
    })),
  };
}

function answer(rows: Row[]): ResourcesResult {
  const issue = (key: string) => ({
    key,
    summary: `Summary of ${key} with a little more text, as Jira summaries go`,
    resource: 'person-1',
    earlyStart: '2026-01-05',
    earlyFinish: '2026-01-09',
    levelledStart: '2026-02-02',
    levelledFinish: '2026-02-06',
    delayDays: 20,
    waitsFor: { kind: 'resource' as const, resource: 'person-1', holder: 'PAY-1' },
    startOffset: 20,
    finishOffset: 25,
  });
  const moved = keys(1, 200).map(issue);
  return {
    project: { key: 'PAY', name: 'Payments' },
    scopeJql: 'project = PAY',
    asOf: '2026-01-05',
    cpmFinish: '2027-12-31',
    levelledFinish: '2028-03-31',
    finishDelayDays: 60,
    weeks: Array.from({ length: 104 }, (_, w) => `2026-${String(1 + (w % 12)).padStart(2, '0')}-05`),
    rows,
    overAllocatedCells: 1234,
    levelledOverAllocatedCells: 0,
    moved,
    movedCount: 40_000,
    issues: keys(1, 50_000).map(issue),
    options: { withinSlack: false, ignorePools: false, priorityOrder: 'standard' },
    method: 'priority',
    seed: 20_260_101,
    schedules: 1,
    findings: [{ kind: 'levelling-unassigned', severity: 'warning', title: 'Unassigned work is not levelled', advice: 'Assign it.', issueKeys: keys(1, 10_000), details: keys(1, 10_000), count: 10_000 }],
  };
}

describe('compactResources: a large project’s stored Resources answer', () => {
  it('50,000 issues and 2,000 people over two years stay under 1 MB, the busiest people kept and the rest counted', () => {
    // People 0-99 are over-allocated (50 h a week), the rest carry 10-29 h; the answer lists all 50,000 issues.
    const people = Array.from({ length: 2000 }, (_, p) => row(`person-${String(p).padStart(4, '0')}`, 104, p < 100 ? 50 : 10 + (p % 20)));
    const stored = compactResources(answer(people));
    const bytes = Buffer.byteLength(JSON.stringify(stored), 'utf8');
    expect(bytes).toBeLessThan(1_000_000);
    expect(stored.rowCount).toBe(2000);
    // Each row weighs ~26 KB at 104 weeks (5 + 5 keys a cell), so about 23 fit the rows' 600 KB.
    expect(stored.rows.length).toBeGreaterThan(20);
    expect(stored.rows.length).toBeLessThan(2000);
    // The over-allocated people come first in the choice, and the rows keep the answer's order.
    expect(stored.rows.slice(0, 3).map((r) => r.resource)).toEqual(['person-0000', 'person-0001', 'person-0002']);
    expect(stored.rows.every((r) => r.cells.every((c) => c.cpmIssues.length === STORED_CELL_ISSUES && c.cpmIssueCount === 25))).toBe(true);
    expect(stored.issues).toHaveLength(200);
    expect(stored.findings[0]?.issueKeys).toHaveLength(50);
    expect(resourcesResult.safeParse(stored).success).toBe(true);
  });

  it('a project whose rows all fit keeps them all and says no rowCount', () => {
    const stored = compactResources(answer([row('aiko', 10, 20), row('noor', 10, 45)]));
    expect(stored.rows.map((r) => r.resource)).toEqual(['aiko', 'noor']);
    expect(stored.rowCount).toBeUndefined();
  });

  it('busiestRows: over-allocated weeks first, then hours, then the answer’s order; shown in the answer’s order', () => {
    const rows = [row('a', 4, 10), row('b', 4, 45), row('c', 4, 30), row('d', 4, 10)];
    const one = JSON.stringify(rows[0]).length + 1;
    expect(busiestRows(rows, 2 * one + 10).map((r) => r.resource)).toEqual(['b', 'c']);
    expect(busiestRows(rows, 3 * one + 10).map((r) => r.resource)).toEqual(['a', 'b', 'c']);
    expect(busiestRows(rows, 10)).toEqual([]);
  });
});
