import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { alreadySo, splitAlreadySo } from '../../../src/domain/scenario/already-so';
import type { JiraChange } from '../../../src/domain/scenario/jira-changes';
import type { WorkItem } from '../../../src/domain/work-item';

const H = 3600;
const issue = (over: Partial<WorkItem> = {}): WorkItem =>
  ({ key: 'PAY-7', originalEstimateSeconds: 8 * H, remainingEstimateSeconds: null, storyPoints: 3, dueDate: '2027-01-04', assigneeId: 'a1', assigneeName: 'Noor Haddad', links: [{ id: '10001', linkType: 'Blocks', direction: 'outward', otherKey: 'PAY-8', otherProjectKey: 'PAY' }], ...over }) as WorkItem;

describe('alreadySo: the issue holds what the change would write, whatever its "from"', () => {
  // Each row: a change, an issue that holds its target, and one that does not.
  const rows: [string, JiraChange, Partial<WorkItem>, Partial<WorkItem>][] = [
    ['original estimate', { kind: 'originalEstimate', key: 'PAY-7', fromSeconds: 2 * H, toSeconds: 8 * H }, {}, { originalEstimateSeconds: 2 * H }],
    ['remaining estimate', { kind: 'remainingEstimate', key: 'PAY-7', fromSeconds: null, toSeconds: 4 * H }, { remainingEstimateSeconds: 4 * H }, {}],
    ['story points', { kind: 'storyPoints', key: 'PAY-7', from: null, to: 3 }, {}, { storyPoints: null }],
    ['due date', { kind: 'dueDate', key: 'PAY-7', from: '2026-12-01', to: '2027-01-04' }, {}, { dueDate: '2026-12-01' }],
    ['due date cleared', { kind: 'dueDate', key: 'PAY-7', from: '2027-01-04', to: null }, { dueDate: null }, {}],
    ['assignee', { kind: 'assignee', key: 'PAY-7', from: null, to: { accountId: 'a1', name: 'Noor Haddad' } }, {}, { assigneeId: null }],
    ['unassigned', { kind: 'assignee', key: 'PAY-7', from: { accountId: 'a1', name: 'Noor Haddad' }, to: null }, { assigneeId: null }, {}],
    ['link added', { kind: 'addLink', scenarioLinkId: 'scenario-2', linkType: 'Blocks', outwardKey: 'PAY-7', inwardKey: 'PAY-8' }, {}, { links: [] }],
    ['link removed', { kind: 'removeLink', linkId: '10001', linkType: 'Blocks', outwardKey: 'PAY-7', inwardKey: 'PAY-8' }, { links: [] }, {}],
  ];
  it.each(rows)('%s', (_, change, holds, other) => {
    expect(alreadySo(change, issue(holds))).toBe(true);
    expect(alreadySo(change, issue(other))).toBe(false);
  });

  it('is not so for a link of another type or the other way round, an issue not read, or another issue', () => {
    const add: JiraChange = { kind: 'addLink', scenarioLinkId: 'scenario-2', linkType: 'Blocks', outwardKey: 'PAY-7', inwardKey: 'PAY-8' };
    expect(alreadySo({ ...add, linkType: 'Relates' }, issue())).toBe(false);
    expect(alreadySo(add, issue({ links: [{ id: '10001', linkType: 'Blocks', direction: 'inward', otherKey: 'PAY-8', otherProjectKey: 'PAY' }] }))).toBe(false);
    expect(alreadySo(add, undefined)).toBe(false);
    expect(alreadySo({ kind: 'dueDate', key: 'PAY-9', from: null, to: '2027-01-04' }, issue())).toBe(false);
  });
});

describe('splitAlreadySo: the list before an apply, split by what Jira already holds', () => {
  it('puts a change Jira holds with the already-so ones, keeps the rest to make in their order, and treats an issue not read as to make', () => {
    const due = { id: 'c1', change: { kind: 'dueDate', key: 'PAY-7', from: '2026-12-01', to: '2027-01-04' } as JiraChange };
    const later = { id: 'c2', change: { kind: 'dueDate', key: 'PAY-7', from: '2026-12-01', to: '2027-03-01' } as JiraChange };
    const link = { id: 'c3', change: { kind: 'addLink', scenarioLinkId: 'scenario-1', linkType: 'Blocks', outwardKey: 'PAY-7', inwardKey: 'PAY-8' } as JiraChange };
    const unread = { id: 'c4', change: { kind: 'dueDate', key: 'PAY-9', from: null, to: '2027-01-04' } as JiraChange };
    const { toMake, already } = splitAlreadySo([due, later, link, unread], new Map([['PAY-7', issue()]]));
    expect(already.map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(toMake.map((c) => c.id)).toEqual(['c2', 'c4']);
    expect(splitAlreadySo([], new Map())).toEqual({ toMake: [], already: [] });
  });
});
