/** The schedule table's chosen columns (issue #16 item 4): what is remembered, and a CSV of exactly what is shown. */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { ScheduleNode, ScheduleSummary } from '../../../src/contract';
import { SHOWN_COLUMNS, shownColumns } from '../../../static/src/dependencies/schedule-columns';
import { shownScheduleCsv } from '../../../static/src/dependencies/schedule-csv-lines';
import { parseChosenColumns } from '../../../static/src/dependencies/use-chosen-columns';

const node: ScheduleNode = {
  key: 'PAY-7', summary: '=SUM(A1)', type: 'Story', status: 'In Progress', statusCategory: 'inProgress', projectKey: 'PAY', parentKey: null,
  assignee: { accountId: 'a1', displayName: 'Tomás' }, external: false, durationDays: 2, underWay: { actualStart: '2026-11-10', daysLeft: 1.5 },
  missingDuration: false, fixed: false, offsets: { earlyStart: 0, earlyFinish: 2, lateStart: 0, lateFinish: 2 },
  earlyStart: '2026-11-16', earlyFinish: '2026-11-17', lateStart: '2026-11-16', lateFinish: '2026-11-17', totalSlackDays: 0, freeSlackDays: 0,
  critical: true, nearCritical: true, dueDate: '2026-11-13', dueVarianceDays: 2, late: true, blocked: false, drivingPredecessor: null,
};
const summary: ScheduleSummary = {
  key: 'PAY-1', summary: 'Checkout', type: 'Epic', status: 'In Progress', statusCategory: 'inProgress', parentKey: null, activityCount: 3, durationDays: 9,
  earlyStart: '2026-11-02', earlyFinish: '2026-11-12', lateStart: '2026-11-02', lateFinish: '2026-11-12', totalSlackDays: 0, critical: true, nearCritical: true,
};

describe('parseChosenColumns', () => {
  it.each([
    [null, null],
    ['not json', null],
    ['{"a":1}', null],
    ['["due","nope","key","assignee"]', ['key', 'assignee', 'due']],
    ['[]', []],
  ])('reads %s as %j', (stored, expected) => {
    expect(parseChosenColumns(stored)).toEqual(expected);
  });
});

describe('shownColumns', () => {
  it('keeps the key first whatever was chosen, and the table order', () => {
    expect(shownColumns(['variance', 'assignee']).map((c) => c.id)).toEqual(['key', 'assignee', 'variance']);
    expect(shownColumns([]).map((c) => c.id)).toEqual(['key']);
    expect(shownColumns(SHOWN_COLUMNS.map((c) => c.id))).toHaveLength(14);
  });
});

describe('shownScheduleCsv', () => {
  it('holds the columns shown, in the words shown, summary tasks last, formulas guarded', () => {
    const csv = shownScheduleCsv([node], [summary], shownColumns(['summary', 'duration', 'es', 'assignee', 'due', 'variance']));
    expect(csv.split('\r\n')).toEqual([
      'Key,Summary,Duration (d),Early start,Assignee,Due,Finish vs due (d)',
      "PAY-7,'=SUM(A1),1.5 left,started 2026-11-10,Tomás,2026-11-13,2",
      'PAY-1,"Checkout (Epic, summary of 3 issues)",9,2026-11-02,–,–,–',
      '',
    ]);
  });
});
