/**
 * From the targets settings to the verdict, without Forge (issue 16, items 1 and 2): each launch source the
 * settings choose, read through a Jira that answers plain data, becomes the target the verdict measures the
 * schedule against, and each bad input becomes a finding with the assumption made. Dates are hand-counted on a
 * Monday-Friday calendar with no holidays.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { z } from 'zod';
import type { ProductRequest } from '../../src/adapters/product-request';
import { AppError } from '../../src/app-error';
import { settingsSchema, defaultSettings, type Settings } from '../../src/config/settings';
import type { ScheduleNode, ScheduleResult } from '../../src/contract';
import { projectTargets } from '../../src/use-cases/project-targets';
import { statusAnswer } from '../../src/use-cases/status-answer';
import { milestoneCandidates, statusInputs } from '../../src/use-cases/status-inputs';
import type { StatusFinishes } from '../../src/use-cases/status-finishes';

const ASOF = '2026-11-16';

/** A Jira answering by path; a path it does not know is a 404, as Jira's for an issue the viewer may not see. */
function jira(answers: Record<string, unknown>, asked: string[] = []): ProductRequest {
  return ((schema: z.ZodType, path: unknown) => {
    // @forge/api's Route keeps its path in `value_`.
    const body = path !== null && typeof path === 'object' && 'value_' in path && typeof path.value_ === 'string' ? path.value_ : '';
    asked.push(body);
    const found = Object.entries(answers).find(([prefix]) => body.startsWith(prefix));
    if (!found) return Promise.reject(new AppError('NOT_FOUND', `no ${body}`));
    return Promise.resolve(schema.parse(found[1]));
  }) as ProductRequest;
}

const node = (key: string, over: Partial<ScheduleNode> = {}): ScheduleNode => ({
  key, summary: `${key} work`, type: 'Task', status: 'To Do', statusCategory: 'todo', projectKey: 'PAY', parentKey: null, assignee: null, external: false,
  durationDays: 5, missingDuration: false, fixed: false, offsets: { earlyStart: 0, earlyFinish: 5, lateStart: 0, lateFinish: 5 },
  earlyStart: '2026-11-16', earlyFinish: '2026-11-20', lateStart: '2026-11-16', lateFinish: '2026-11-20', totalSlackDays: 0, freeSlackDays: 0,
  critical: true, nearCritical: false, dueDate: null, late: false, blocked: false, drivingPredecessor: null, ...over,
});

// PAY-1 (5 days) -> PAY-2 the "Beta ready" milestone (0 days, Fri 11-20) -> PAY-3 (10 days, to Fri 2026-12-04).
const nodes = [
  node('PAY-1'),
  node('PAY-2', { type: 'Milestone', summary: 'Beta ready', durationDays: 0, earlyStart: '2026-11-20', earlyFinish: '2026-11-20', dueDate: '2026-11-18' }),
  node('PAY-3', { earlyStart: '2026-11-23', earlyFinish: '2026-12-04', dueDate: '2026-12-11' }),
  node('PAY-4', { type: 'Milestone', summary: 'Go live', durationDays: 0, earlyStart: '2026-12-04', earlyFinish: '2026-12-04' }),
];
const edge = (from: string, to: string) => ({ linkId: `${from}-${to}`, linkType: 'Blocks', from, to, kind: 'FS' as const, lagDays: 0, critical: true, ignored: false, inCycle: false });
const edges = [edge('PAY-1', 'PAY-2'), edge('PAY-2', 'PAY-3'), edge('PAY-4', 'PAY-3')];
const schedule: ScheduleResult = {
  project: { key: 'PAY', name: 'Payments' }, scopeJql: 'project = "PAY"', asOf: ASOF, projectStart: '2026-11-16', projectFinish: '2026-12-04',
  durationDays: 15, nearCriticalDays: 5, nodes, edges, cycles: [], findings: [],
};
const noFinishes: StatusFinishes = { earnedSchedule: null, levelled: null, forecast: null, notes: { earnedSchedule: 'Not available: test', levelled: 'Not available: test', forecast: 'Not available: test' } };

const withTargets = (targets: unknown): Settings => settingsSchema.parse({ ...defaultSettings, targets });
const versions = (list: unknown[]) => ({ '/rest/api/3/project/PAY/versions': list, '/rest/api/3/search/jql': { issues: [], isLast: true } });

async function statusOf(settings: Settings, answers: Record<string, unknown>) {
  const targets = await projectTargets(jira(answers), { settings: settings.targets, projectKey: 'PAY', candidates: milestoneCandidates(nodes, edges), asOf: ASOF });
  return statusAnswer({ schedule: statusInputs(schedule), settings, targets, finishes: noFinishes, asOf: ASOF });
}

describe('targets settings -> verdict', () => {
  it('by default, the next unreleased version with a release date is the launch: the critical path (Fri 12-04) 5 working days before Fri 12-11, a margin not under the threshold of 5', async () => {
    const s = await statusOf(defaultSettings, versions([
      { id: '1', name: '0.9', released: true, releaseDate: '2026-10-01' },
      { id: '2', name: '1.1', released: false, releaseDate: '2027-03-01' },
      { id: '3', name: '1.0', released: false, releaseDate: '2026-12-11' },
    ]));
    expect(s.target).toEqual({ date: '2026-12-11', source: 'version', label: "version 1.0's release date" });
    expect(s.finishes[0]).toEqual({ analysis: 'critical path', date: '2026-12-04', varianceDays: -5, note: null });
    // Margin 5 is not under the threshold of 5: on track, and said against what.
    expect(s.status).toBe('on track');
    expect(s.headline).toBe("On track against the launch date 2026-12-11 (version 1.0's release date)");
  });

  it('a typed date: late by the working days after it, and the headline says late against what', async () => {
    // Fri 12-04 after Tue 12-01: Wed, Thu, Fri = 3 working days late.
    const s = await statusOf(withTargets({ launch: { source: 'date', date: '2026-12-01' } }), versions([]));
    expect(s.status).toBe('late');
    expect(s.headline).toBe('Late against the launch date 2026-12-01 (the project settings)');
    expect(s.reasons[0]).toBe('The critical path finishes on 2026-12-04, 3 working days after the launch date 2026-12-01 (the project settings).');
  });

  it("a launch issue's due date", async () => {
    const s = await statusOf(withTargets({ launch: { source: 'issue', issueKey: 'PAY-99' } }), { ...versions([]), '/rest/api/3/issue/PAY-99': { key: 'PAY-99', fields: { duedate: '2027-01-29', summary: 'Launch' } } });
    expect(s.target).toEqual({ date: '2027-01-29', source: 'issue', label: "PAY-99's due date" });
  });

  it('a version with no release date: a finding with the assumption, and the latest milestone due date in its place', async () => {
    const s = await statusOf(withTargets({ launch: { source: 'version', version: '2.0' } }), versions([{ id: '4', name: '2.0', released: false }]));
    expect(s.findings.map((f) => f.kind)).toContain('target-undated');
    expect(s.findings.find((f) => f.kind === 'target-undated')?.title).toBe('Version 2.0 has no release date');
    // The only dated milestone, PAY-2, is due Wed 11-18.
    expect(s.target).toEqual({ date: '2026-11-18', source: 'milestone', label: "milestone PAY-2's due date" });
  });

  it('a version the project does not have, and a launch issue the viewer cannot see, say so', async () => {
    const missing = await statusOf(withTargets({ launch: { source: 'version', version: '3.0' } }), versions([{ id: '4', name: '2.0', released: false }]));
    expect(missing.findings[0]?.title).toBe('PAY has no version named 3.0');
    const hidden = await statusOf(withTargets({ launch: { source: 'issue', issueKey: 'PAY-404' } }), versions([]));
    expect(hidden.findings[0]?.title).toBe('The launch issue PAY-404 was not found');
  });

  it('a target in the past: a finding, and every open activity makes it late', async () => {
    const s = await statusOf(withTargets({ launch: { source: 'date', date: '2026-11-02' } }), versions([]));
    expect(s.status).toBe('late');
    expect(s.findings.map((f) => f.kind)).toEqual(['target-past', 'milestone-undated']);
  });

  it('milestones of the mapped type against their due dates in working days; one that work waits on with no date is a finding', async () => {
    const s = await statusOf(defaultSettings, versions([]));
    // PAY-2: early finish Fri 11-20 against Wed 11-18 = Thu, Fri = 2 late. PAY-4 has no due date, and PAY-3 waits on it.
    expect(s.milestones).toEqual([
      { key: 'PAY-2', summary: 'Beta ready', target: '2026-11-18', cpm: { date: '2026-11-20', varianceDays: 2 }, levelled: null, done: false },
      { key: 'PAY-4', summary: 'Go live', target: null, cpm: { date: '2026-12-04', varianceDays: null }, levelled: null, done: false },
    ]);
    expect(s.findings.find((f) => f.kind === 'milestone-undated')?.issueKeys).toEqual(['PAY-4']);
  });

  it('milestones by label come from one search as the viewer; `none` measures nothing', async () => {
    const asked: string[] = [];
    const answers = { ...versions([]), '/rest/api/3/search/jql': { issues: [{ id: '1', key: 'PAY-3' }], isLast: true } };
    const labelled = await projectTargets(jira(answers, asked), { settings: withTargets({ launch: { source: 'none' } }).targets, projectKey: 'PAY', candidates: milestoneCandidates(nodes, edges), asOf: ASOF });
    // PAY-3 carries the label but takes 10 days: not a milestone.
    expect(labelled.milestones.map((m) => m.key)).toEqual(['PAY-2', 'PAY-4']);
    expect(labelled.target).toBeNull();
    expect(asked).toEqual(['/rest/api/3/search/jql']);
  });

  it('the settings refuse a launch source without its value, naming the field', () => {
    const issue = settingsSchema.safeParse({ ...defaultSettings, targets: { launch: { source: 'issue' } } });
    expect(issue.success).toBe(false);
    expect(issue.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['targets.launch.issueKey', 'choose the issue whose due date is the launch']]);
    const date = settingsSchema.safeParse({ ...defaultSettings, targets: { launch: { source: 'date', date: '2026-02-30' } } });
    expect(date.error?.issues[0]?.message).toBe('use a date that exists, written YYYY-MM-DD');
  });
});
