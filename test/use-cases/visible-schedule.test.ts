import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ScheduleEdge, ScheduleNode, ScheduleResult } from '../../src/contract';
import { parentsOutside, visibleSchedule } from '../../src/use-cases/visible-schedule';

const node = (key: string, driver: string | null = null): ScheduleNode => ({
  key,
  summary: `Work ${key}`,
  type: 'Task',
  status: 'To Do',
  statusCategory: 'todo',
  projectKey: key.split('-')[0] ?? '',
  parentKey: null,
  assignee: null,
  external: !key.startsWith('PAY'),
  durationDays: 1,
  missingDuration: false,
  fixed: false,
  offsets: { earlyStart: 0, earlyFinish: 1, lateStart: 0, lateFinish: 1 },
  earlyStart: '2026-11-16',
  earlyFinish: '2026-11-16',
  lateStart: '2026-11-16',
  lateFinish: '2026-11-16',
  totalSlackDays: 0,
  freeSlackDays: 0,
  critical: true,
  nearCritical: false,
  dueDate: null,
  late: false,
  blocked: false,
  drivingPredecessor: driver ? { key: driver, kind: 'FS', lagDays: 0 } : null,
});
const edge = (from: string, to: string, linkId: string): ScheduleEdge => ({ linkId, linkType: 'Blocks', from, to, kind: 'FS', lagDays: 0, critical: true, ignored: false, inCycle: false });

// PLAT-3 blocks PAY-2, which blocks PAY-1; PAY-1 and PLAT-3 are in a cycle with PAY-2 in the stored (app's) view.
const stored: Omit<ScheduleResult, 'background'> = {
  project: { key: 'PAY', name: 'Payments' },
  scopeJql: 'project = "PAY"',
  asOf: '2026-11-16',
  projectStart: '2026-11-16',
  projectFinish: '2026-11-18',
  durationDays: 3,
  nearCriticalDays: 5,
  nodes: [node('PAY-1', 'PAY-2'), node('PAY-2', 'PLAT-3'), node('PLAT-3')],
  edges: [edge('PLAT-3', 'PAY-2', '1'), edge('PAY-2', 'PAY-1', '2'), edge('PAY-1', 'PLAT-3', '3')],
  cycles: [{ issueKeys: ['PAY-1', 'PAY-2', 'PLAT-3'], suggestedCut: { linkId: '3', fromKey: 'PAY-1', toKey: 'PLAT-3', kind: 'FS' }, ignoredLinkIds: ['3'] }],
  findings: [
    {
      kind: 'link-outside-scope',
      severity: 'info',
      title: 'Links to issues outside the scope',
      advice: 'These links reach 1 issue(s) outside the scope (PLAT-3).',
      issueKeys: ['PAY-1', 'PAY-2'],
      details: ['PLAT-3 blocks PAY-2', 'PAY-1 blocks PLAT-3'],
      count: 2,
    },
    { kind: 'missing-estimate', severity: 'warning', title: 'No estimate', advice: 'Estimate them.', issueKeys: ['PAY-1'], details: ['PAY-1 Work'], count: 1 },
  ],
};

describe('visibleSchedule', () => {
  it('keeps the occurrences of a finding that name visible issues only, and names no hidden issue in its prose', () => {
    const { schedule } = visibleSchedule({ ...stored, nodes: [...stored.nodes, node('WEB-9')] }, (key) => key !== 'WEB-9');
    expect(schedule.findings.find((f) => f.kind === 'link-outside-scope')).toEqual(stored.findings[0]);
    const withWeb = { ...stored, findings: [{ ...stored.findings[0]!, advice: 'Reaches PLAT-3 and WEB-9.', details: [...stored.findings[0]!.details, 'PAY-1 blocks WEB-9'], count: 3 }] };
    const cut = visibleSchedule({ ...withWeb, nodes: [...stored.nodes, node('WEB-9')] }, (key) => key !== 'WEB-9').schedule.findings[0];
    expect(cut).toMatchObject({ advice: 'Reaches PLAT-3 and a hidden issue.', details: ['PLAT-3 blocks PAY-2', 'PAY-1 blocks PLAT-3'], count: 2 });
  });

  it('answers the stored schedule unchanged to someone who may browse every issue in it', () => {
    expect(visibleSchedule(stored, () => true)).toEqual({ schedule: stored, hiddenIssues: 0 });
  });

  it('drops a hidden issue with its links, its cycle, the mentions of it, and says how many were hidden', () => {
    const { schedule, hiddenIssues } = visibleSchedule(stored, (key) => key.startsWith('PAY-'));
    expect(hiddenIssues).toBe(1);
    expect(schedule.nodes.map((n) => n.key)).toEqual(['PAY-1', 'PAY-2']);
    expect(schedule.nodes.find((n) => n.key === 'PAY-2')?.drivingPredecessor).toBeNull();
    expect(schedule.nodes.find((n) => n.key === 'PAY-1')?.drivingPredecessor?.key).toBe('PAY-2');
    expect(schedule.edges.map((e) => e.linkId)).toEqual(['2']);
    expect(schedule.cycles).toEqual([]);
    expect(JSON.stringify(schedule)).not.toMatch(/PLAT-3/);
    expect(schedule.findings.find((f) => f.kind === 'link-outside-scope')).toBeUndefined();
    expect(schedule.findings.find((f) => f.kind === 'missing-estimate')).toEqual(stored.findings[1]);
    expect(schedule.findings.find((f) => f.kind === 'link-not-visible')).toMatchObject({ count: 1, issueKeys: ['PAY-1', 'PAY-2'] });
  });

  it('issue 12, robustness: stored-path redaction covers parents (parentKey hidden when the parent is hidden)', () => {
    const withParents = { ...stored, nodes: stored.nodes.map((n) => ({ ...n, parentKey: n.key === 'PAY-1' ? 'SEC-4' : n.key === 'PAY-2' ? 'PAY-10' : null })) };
    const mayBrowse = (key: string) => !key.startsWith('SEC-');
    const { schedule, hiddenIssues } = visibleSchedule(withParents, mayBrowse);
    expect(hiddenIssues).toBe(0);
    expect(schedule.nodes.map((n) => [n.key, n.parentKey])).toEqual([['PAY-1', null], ['PAY-2', 'PAY-10'], ['PLAT-3', null]]);
    expect(JSON.stringify(schedule)).not.toMatch(/SEC-4/);
    expect(parentsOutside(withParents.nodes)).toEqual([{ key: 'SEC-4', projectKey: 'SEC' }, { key: 'PAY-10', projectKey: 'PAY' }]);
  });
});
