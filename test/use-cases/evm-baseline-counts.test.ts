/** Issue #16 item 6: a baseline's issue count explained against the scope's (the demo's "84 issues" vs "138"). */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { baselineCountsText } from '../../src/use-cases/evm-baseline-counts';

describe('baselineCountsText', () => {
  it('says why a stored baseline holds fewer issues than the scope: only budgeted ones, and some added since', () => {
    const text = baselineCountsText({ stored: { name: 'kickoff', createdAt: '2026-10-01', issueCount: 84, added: 6, unseen: 0 }, scopeIssues: 138, budgeted: 90, fromDueDates: 0 });
    expect(text).toBe(
      'Stored baseline "kickoff" of 2026-10-01: the planned dates and budgets of 84 issues, those with a budget when it was saved (a parent counts through its children; risks, decisions and issues without a budget are not planned). The scope has 138 issues now, 90 with a budget; 6 of those are not in it (added or budgeted since it was saved: not in BAC or PV).',
    );
  });

  it('counts issues of the baseline the viewer does not see now', () => {
    const text = baselineCountsText({ stored: { name: 'b', createdAt: null, issueCount: 1, added: 0, unseen: 1 }, scopeIssues: 1, budgeted: 0, fromDueDates: 0 });
    expect(text).toContain('of an unknown date: the planned dates and budgets of 1 issue,');
    expect(text).toContain('0 with a budget; all of them are in it. 1 issue of it is not in your view now');
  });

  it('says how much of the scope the current plan plans', () => {
    expect(baselineCountsText({ stored: null, scopeIssues: 138, budgeted: 84, fromDueDates: 30 })).toMatch(/^The issues' current planned dates and budgets: 84 issues of the 138 issues in scope have a budget and are planned \(.*\), 30 from their due date/);
  });
});
