/**
 * The `status` view of a stored schedule (status-view.ts): `status/get` answered from it, after a JSON round trip
 * as it is stored, equals the answer from the whole schedule (status-inputs.ts over the nodes and links), with the
 * milestones, the unestimated count, the latest due date and the findings; and a schedule with more milestone
 * candidates than the view keeps gets no view (the whole schedule is then read), even at 50,000 of them.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { ProductRequest } from '../../../src/adapters/product-request';
import { defaultSettings, settingsSchema, type Settings } from '../../../src/config/settings';
import type { Finding, ScheduleResult } from '../../../src/contract';
import { projectTargets } from '../../../src/use-cases/project-targets';
import { jsonBytes } from '../../../src/use-cases/schedule-views/answer-budget';
import { CANDIDATE_BYTES, statusFromView, statusOfSchedule, statusView, type StatusRead } from '../../../src/use-cases/schedule-views/status-view';
import { storedViews } from '../../../src/use-cases/schedule-views/stored-views';
import { statusAnswer } from '../../../src/use-cases/status-answer';
import type { StatusFinishes } from '../../../src/use-cases/status-finishes';
import { edge, node } from './schedule-node-builder';

const ASOF = '2026-11-16';
const finding = (kind: Finding['kind'], keys: string[]): Finding => ({ kind, severity: 'warning', title: `About ${kind}`, advice: 'Look at them.', issueKeys: keys, details: [], count: keys.length });

// PAY-1 -> PAY-2 "Beta ready" (a Milestone, due 11-18) -> PAY-3; PAY-4 "Go live" (labelled, a Task of no time, PAY-3
// waits on it, ignored link from it to PAY-1); PAY-5 a done Milestone; PLAT-9 a zero-duration milestone outside the
// scope (never one); PAY-6, PAY-7 open with no estimate, PAY-8 done with none; due dates tie on 12-11 (PAY-3, PAY-30).
const nodes = [
  node('PAY-1', { durationDays: 5, earlyFinish: '2026-11-20' }),
  node('PAY-2', { type: 'Milestone', summary: 'Beta ready', durationDays: 0, earlyFinish: '2026-11-20', dueDate: '2026-11-18' }),
  node('PAY-3', { durationDays: 10, earlyFinish: '2026-12-04', dueDate: '2026-12-11' }),
  node('PAY-30', { dueDate: '2026-12-11' }),
  node('PAY-4', { type: 'Task', summary: 'Go live', durationDays: 0, earlyFinish: '2026-12-04' }),
  node('PAY-5', { type: 'milestone', summary: 'Alpha', durationDays: 0, earlyFinish: '2026-11-16', statusCategory: 'done', dueDate: '2027-06-01' }),
  node('PLAT-9', { type: 'Milestone', durationDays: 0, external: true, dueDate: '2027-05-01' }),
  node('PAY-6', { missingDuration: true, durationDays: 3 }),
  node('PAY-7', { missingDuration: true, durationDays: 3, statusCategory: 'inProgress' }),
  node('PAY-8', { missingDuration: true, durationDays: 3, statusCategory: 'done', dueDate: '2027-07-01' }),
];
const edges = [edge('PAY-1', 'PAY-2'), edge('PAY-2', 'PAY-3'), edge('PAY-4', 'PAY-3'), edge('PAY-4', 'PAY-1', { ignored: true }), edge('PLAT-9', 'PAY-3')];
const stored: Omit<ScheduleResult, 'background'> = {
  project: { key: 'PAY', name: 'Payment gateway integration' },
  scopeJql: 'project = PAY',
  asOf: ASOF,
  projectStart: '2026-11-16',
  projectFinish: '2026-12-04',
  durationDays: 15,
  nearCriticalDays: 2,
  nodes,
  edges,
  cycles: [],
  findings: [finding('missing-estimate', ['PAY-6', 'PAY-7']), finding('link-not-visible', ['PAY-5']), finding('scope-truncated', [])],
  calendar: { workingWeekdays: [1, 2, 3, 4, 5], holidays: ['2026-11-26'] },
};
const project = { key: 'PAY', name: 'Payments' };
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const noFinishes: StatusFinishes = { earnedSchedule: null, levelled: null, forecast: null, notes: { earnedSchedule: 'n/a', levelled: 'n/a', forecast: 'n/a' } };

/** A Jira with no versions, and PAY-4 the one issue carrying a milestone label. */
const jira = ((_schema: unknown, path: { value_?: string }) =>
  Promise.resolve(path.value_?.includes('/search/jql') ? { issues: [{ id: '4', key: 'PAY-4' }], isLast: true } : [])) as unknown as ProductRequest;

/** status/get's answer from what was read, as get-status.ts's storedStatus makes it. */
async function answerOf(read: StatusRead, settings: Settings) {
  const targets = await projectTargets(jira, { settings: settings.targets, projectKey: 'PAY', candidates: read.candidates, asOf: ASOF });
  const answer = statusAnswer({ schedule: read.inputs, settings, targets, finishes: noFinishes, asOf: ASOF });
  return { ...answer, findings: [...answer.findings, ...read.findings] };
}

describe('status/get from the status view', () => {
  const choiceFindings = [finding('link-not-visible', []), finding('missing-estimate', ['PAY-99'])];
  const settingsOf = (targets: unknown): Settings => settingsSchema.parse({ ...defaultSettings, targets });

  it('answers what the whole schedule answers, whatever the targets settings', async () => {
    const view = roundTrip(storedViews(stored)).status;
    if (view === null) throw new Error('no status view kept');
    const whole = statusOfSchedule({ ...stored, project, findings: [...stored.findings, ...choiceFindings] });
    const fromView = statusFromView(view, { project, findings: choiceFindings });
    expect(fromView).toEqual(whole);
    expect(fromView.inputs).toMatchObject({ unestimated: 2, latestDue: { latest: '2026-12-11', key: 'PAY-3' } });
    expect(fromView.findings.map((f) => f.kind)).toEqual(['link-not-visible', 'scope-truncated', 'link-not-visible']);
    for (const targets of [{}, { launch: { source: 'date', date: '2026-12-01' } }, { launch: { source: 'none' }, milestones: { issueTypes: ['Task'], labels: [] } }]) {
      const settings = settingsOf(targets);
      const answer = await answerOf(fromView, settings);
      expect(answer, JSON.stringify(targets)).toEqual(await answerOf(whole, settings));
    }
    // By default: the Milestone type (any case) and PAY-4's label; PLAT-9 is outside the scope.
    expect((await answerOf(fromView, defaultSettings)).milestones.map((m) => [m.key, m.done])).toEqual([['PAY-5', true], ['PAY-2', false], ['PAY-4', false]]);
  });

  it('keeps each candidate with its successors over links not ignored', () => {
    expect(statusView(stored)?.milestoneCandidates.map((c) => [c.key, c.successorCount])).toEqual([['PAY-2', 1], ['PAY-4', 1], ['PAY-5', 0]]);
  });

  it('is not kept when the candidates pass the bound: the whole schedule is read', () => {
    // Each candidate's JSON and a comma, as prefixWithin measures them.
    const bytes = (statusView(stored)?.milestoneCandidates ?? []).reduce((sum, c) => sum + jsonBytes(c) + 1, 0);
    expect(statusView(stored, bytes - 1)).toBeNull();
    expect(statusView(stored, bytes)?.milestoneCandidates).toHaveLength(3);
  });

  it('stays within its bound even when every one of 50,000 issues takes no time', () => {
    const summary = 'Ü'.repeat(255);
    const all = Array.from({ length: 50_000 }, (_, i) => node(`BIG-${i + 1}`, { durationDays: 0, summary }));
    expect(statusView({ ...stored, nodes: all, edges: [] })).toBeNull();
    // The most a kept view's candidates weigh is the bound: a quarter of the 1 MB answer budget.
    const fits = all.slice(0, 300);
    const view = statusView({ ...stored, nodes: fits, edges: [] });
    expect(view?.milestoneCandidates).toHaveLength(300);
    expect(jsonBytes(view)).toBeLessThan(CANDIDATE_BYTES + 1024);
  });
});
