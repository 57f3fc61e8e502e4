import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { scheduleRows, type RowsRequest } from '../../../src/use-cases/schedule-views/schedule-rows';
import { node } from './schedule-node-builder';

const all: RowsRequest = { offset: 0, limit: 100, sort: 'es', direction: 'ascending', filter: {} };
const keys = (request: Partial<RowsRequest>, nodes = plan) => scheduleRows(nodes, { ...all, ...request }).rows.map((r) => r.key);

// The worked example of scheduleRows' doc comment, and a small plan: two epics, work under them and under none.
const example = [node('PAY-10', { totalSlackDays: 0 }), node('PAY-2', { totalSlackDays: 3 }), node('PAY-1', { totalSlackDays: 0 })];
const plan = [
  node('PAY-1', { type: 'Epic', summary: 'Checkout' }),
  node('PAY-2', { parentKey: 'PAY-1', earlyStart: '2026-11-16', earlyFinish: '2026-11-20', totalSlackDays: 4, assignee: { accountId: 'a1', displayName: 'Ann' } }),
  node('PAY-10', { parentKey: 'PAY-1', earlyStart: '2026-11-23', earlyFinish: '2026-11-27', critical: true, statusCategory: 'inProgress' }),
  node('PAY-3', { type: 'Epic', summary: 'Ledger' }),
  node('PAY-4', { parentKey: 'PAY-3', earlyStart: '2026-12-01', earlyFinish: '2026-12-04', nearCritical: true, totalSlackDays: 2 }),
  node('PAY-5', { summary: 'Refund flow', earlyStart: '2026-11-30', earlyFinish: '2026-12-11', statusCategory: 'done' }),
];

describe('scheduleRows: paging', () => {
  it('the doc comment: by total slack ascending, offset 1, limit 1 is PAY-10 of 3', () => {
    const page = scheduleRows(example, { ...all, sort: 'totalSlack', offset: 1, limit: 1 });
    expect(page.rows.map((r) => r.key)).toEqual(['PAY-10']);
    expect(page.total).toBe(3);
  });

  it('pages are contiguous and cover every row once', () => {
    const pages = [0, 2, 4].map((offset) => keys({ sort: 'key', offset, limit: 2 }));
    expect(pages).toEqual([['PAY-1', 'PAY-2'], ['PAY-3', 'PAY-4'], ['PAY-5', 'PAY-10']]);
  });

  it('an offset past the end is an empty page with the total', () => {
    expect(scheduleRows(plan, { ...all, offset: 50 })).toEqual({ rows: [], total: 6 });
  });
});

describe('scheduleRows: sorting', () => {
  it('by assignee, due date and finish-vs-due variance, with the unassigned and undated last when ascending', () => {
    const chase = [
      node('PAY-1', { assignee: { accountId: 'b', displayName: 'Bea' }, dueDate: '2026-12-04', dueVarianceDays: 3 }),
      node('PAY-2', { dueDate: null, dueVarianceDays: null }),
      node('PAY-3', { assignee: { accountId: 'a', displayName: 'Ann' }, dueDate: '2026-11-20', dueVarianceDays: -2 }),
    ];
    expect(keys({ sort: 'assignee' }, chase)).toEqual(['PAY-3', 'PAY-1', 'PAY-2']);
    expect(keys({ sort: 'due' }, chase)).toEqual(['PAY-3', 'PAY-1', 'PAY-2']);
    // Most late first when descending; no due date, no variance: last.
    expect(keys({ sort: 'variance', direction: 'descending' }, chase)).toEqual(['PAY-1', 'PAY-3', 'PAY-2']);
  });

  it('by key in Jira order (PAY-10 after PAY-5), both ways', () => {
    expect(keys({ sort: 'key' })).toEqual(['PAY-1', 'PAY-2', 'PAY-3', 'PAY-4', 'PAY-5', 'PAY-10']);
    expect(keys({ sort: 'key', direction: 'descending' })).toEqual(['PAY-10', 'PAY-5', 'PAY-4', 'PAY-3', 'PAY-2', 'PAY-1']);
  });

  it('by a number, ties in key order whatever the direction', () => {
    expect(keys({ sort: 'totalSlack', direction: 'descending' })).toEqual(['PAY-2', 'PAY-4', 'PAY-1', 'PAY-3', 'PAY-5', 'PAY-10']);
  });

  it('by criticality: critical, then near-critical, then the rest', () => {
    expect(keys({ sort: 'critical' }).slice(0, 2)).toEqual(['PAY-10', 'PAY-4']);
  });
});

describe('scheduleRows: filtering, total counts what matches', () => {
  it('an epic: the epic and its children', () => {
    expect(keys({ filter: { epic: 'PAY-1' }, sort: 'key' })).toEqual(['PAY-1', 'PAY-2', 'PAY-10']);
  });

  it('no epic: issues neither under an epic nor one', () => {
    expect(keys({ filter: { epic: '(none)' } })).toEqual(['PAY-5']);
  });

  it('a time window takes work whose early dates overlap it', () => {
    expect(keys({ filter: { from: '2026-11-28', to: '2026-12-01' }, sort: 'key' })).toEqual(['PAY-4', 'PAY-5']);
  });

  it('text in a key or a summary, any case; assignee; status; critical and near-critical', () => {
    expect(keys({ filter: { text: 'REFUND' } })).toEqual(['PAY-5']);
    expect(keys({ filter: { assignee: 'a1' } })).toEqual(['PAY-2']);
    expect(keys({ filter: { assignee: '(unassigned)' } })).not.toContain('PAY-2');
    expect(keys({ filter: { category: 'done' } })).toEqual(['PAY-5']);
    expect(keys({ filter: { criticalOnly: true } })).toEqual(['PAY-10']);
    expect(keys({ filter: { nearCriticalOnly: true }, sort: 'key' })).toEqual(['PAY-4', 'PAY-10']);
    expect(scheduleRows(plan, { ...all, limit: 1, filter: { epic: 'PAY-1' } }).total).toBe(3);
  });
});

describe('scheduleRows: by the forecast criticality index (issue #15)', () => {
  // PAY-10 critical in 90% of plans, PAY-4 in 40%, PAY-2 in 40% (ties keep key order); the epics and done work are not drawn.
  const criticality = new Map([['PAY-10', 0.9], ['PAY-4', 0.4], ['PAY-2', 0.4]]);

  it('descending: the most critical first, the issues the forecast does not draw last, in key order', () => {
    expect(keys({ sort: 'criticality', direction: 'descending', criticality })).toEqual(['PAY-10', 'PAY-2', 'PAY-4', 'PAY-1', 'PAY-3', 'PAY-5']);
  });

  it('ascending: the issues not drawn first, then the least critical', () => {
    expect(keys({ sort: 'criticality', direction: 'ascending', criticality })).toEqual(['PAY-1', 'PAY-3', 'PAY-5', 'PAY-2', 'PAY-4', 'PAY-10']);
  });

  it('with no forecast yet: issue-key order, every row once', () => {
    expect(keys({ sort: 'criticality', direction: 'descending' })).toEqual(['PAY-1', 'PAY-2', 'PAY-3', 'PAY-4', 'PAY-5', 'PAY-10']);
  });
});

describe('scheduleRows: a stored (frozen) schedule, sorted once per column (issue #11)', () => {
  const stored = Object.freeze(plan.map((n) => Object.freeze({ ...n })));
  const columns = ['key', 'summary', 'duration', 'es', 'ef', 'ls', 'lf', 'totalSlack', 'freeSlack', 'critical', 'assignee', 'status', 'due', 'variance'] as const;

  it('gives the pages a fresh list gives, for every column, direction and filter, asked twice', () => {
    for (const sort of columns) {
      for (const direction of ['ascending', 'descending'] as const) {
        for (const filter of [{}, { epic: 'PAY-1' }, { text: 'refund' }, { nearCriticalOnly: true }]) {
          const request = { ...all, sort, direction, filter, offset: 1, limit: 3 };
          const fresh = scheduleRows(plan, request);
          expect(scheduleRows(stored, request)).toEqual(fresh);
          expect(scheduleRows(stored, request)).toEqual(fresh);
        }
      }
    }
  });
});
