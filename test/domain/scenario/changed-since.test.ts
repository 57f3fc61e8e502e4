import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { changedSince } from '../../../src/domain/scenario/changed-since';
import type { WorkItem } from '../../../src/domain/work-item';

const now = (over: Partial<WorkItem>): WorkItem =>
  ({ key: 'PAY-7', originalEstimateSeconds: 8 * 3600, remainingEstimateSeconds: null, storyPoints: 3, dueDate: '2027-01-04', assigneeId: 'a1', assigneeName: 'Noor Haddad', ...over }) as WorkItem;

describe('changedSince: a field change is written only over the value its list showed', () => {
  it('lets through each kind of change whose "from" Jira still holds', () => {
    expect(changedSince({ kind: 'originalEstimate', key: 'PAY-7', fromSeconds: 8 * 3600, toSeconds: 16 * 3600 }, now({}))).toBeNull();
    expect(changedSince({ kind: 'remainingEstimate', key: 'PAY-7', fromSeconds: null, toSeconds: 3600 }, now({}))).toBeNull();
    expect(changedSince({ kind: 'storyPoints', key: 'PAY-7', from: 3, to: 5 }, now({}))).toBeNull();
    expect(changedSince({ kind: 'dueDate', key: 'PAY-7', from: '2027-01-04', to: null }, now({}))).toBeNull();
    expect(changedSince({ kind: 'assignee', key: 'PAY-7', from: { accountId: 'a1', name: 'Noor Haddad' }, to: null }, now({}))).toBeNull();
  });

  it('refuses a change whose field moved since, naming both values and what to do', () => {
    expect(changedSince({ kind: 'dueDate', key: 'PAY-7', from: '2027-01-04', to: '2027-02-01' }, now({ dueDate: '2027-01-11' }))).toBe(
      "PAY-7's due date changed in Jira since the list of changes was made (2027-01-04 then, 2027-01-11 now): not overwritten. Refresh, check the scenario, then apply again.",
    );
    expect(changedSince({ kind: 'originalEstimate', key: 'PAY-7', fromSeconds: 8 * 3600, toSeconds: 3600 }, now({ originalEstimateSeconds: 12 * 3600 }))).toMatch(/original estimate .*\(8 h then, 12 h now\)/);
    expect(changedSince({ kind: 'assignee', key: 'PAY-7', from: null, to: { accountId: 'a2', name: 'Aiko' } }, now({}))).toMatch(/assignee .*\(unassigned then, Noor Haddad now\)/);
    expect(changedSince({ kind: 'storyPoints', key: 'PAY-7', from: 3, to: 5 }, now({ storyPoints: null }))).toMatch(/\(3 then, none now\)/);
  });

  it('refuses a change to an issue Jira no longer names to the user', () => {
    expect(changedSince({ kind: 'dueDate', key: 'PAY-7', from: null, to: '2027-02-01' }, undefined)).toMatch(/^PAY-7 could not be read again before writing/);
  });
});
