/**
 * The views of a stored schedule (stored-views.ts) and the answers read from them (answers-from-views.ts): for a
 * viewer who hides nothing, each answer equals what today's whole read gives (get-project-schedule.ts
 * `getProjectSchedule`, get-schedule-views.ts), worked out here from the same stored schedule with the same
 * functions; the views are compared after a JSON round trip, as they are stored.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { Finding, ScheduleBackground, ScheduleResult } from '../../../src/contract';
import type { ViewsToStore } from '../../../src/adapters/storage/schedule-views-store';
import { chaseOfSchedule } from '../../../src/use-cases/chase-of-schedule';
import { hiddenWorkOf } from '../../../src/use-cases/hidden-work-of';
import { jsonBytes } from '../../../src/use-cases/schedule-views/answer-budget';
import { membersCriticality, rowsFromViews, rowsFromViewsCover, scheduleFromViews, summaryFromViews } from '../../../src/use-cases/schedule-views/answers-from-views';
import { scheduleRows } from '../../../src/use-cases/schedule-views/schedule-rows';
import { scheduleSummary } from '../../../src/use-cases/schedule-views/schedule-summary';
import { groupOf } from '../../../src/use-cases/schedule-views/schedule-filter';
import { shapedSchedule } from '../../../src/use-cases/schedule-views/shaped-schedule';
import { GET_SLACK_BYTES, ROWS_KEPT, storedViews } from '../../../src/use-cases/schedule-views/stored-views';
import { groupCriticality } from '../../../src/use-cases/schedule-views/view-criticality';
import { edge, node } from './schedule-node-builder';

const at = (start: number, finish: number) => ({ offsets: { earlyStart: start, earlyFinish: finish, lateStart: start, lateFinish: finish } });
const finding = (kind: Finding['kind'], keys: string[]): Finding => ({ kind, severity: 'warning', title: `About ${kind}`, advice: 'Look at them.', issueKeys: keys, details: keys.map((k) => `${k}: why`), count: keys.length });

// PAY's epic PAY-1 holds 120 stories; PAY-300 was moved from PLAT (its key still says PLAT-7, its project PAY);
// PLAT-1 is linked work of another project; PAY-200 is under PAY-999, a parent outside the scope (no node).
const stories = Array.from({ length: 120 }, (_, i) => node(`PAY-${i + 2}`, { parentKey: 'PAY-1', critical: i % 3 === 0, ...at(i, i + 2) }));
const nodes = [
  node('PAY-1', { type: 'Epic', summary: 'Checkout', ...at(0, 0) }),
  ...stories,
  node('PLAT-7', { projectKey: 'PAY', ...at(3, 4) }),
  node('PLAT-1', { external: true, ...at(0, 3) }),
  node('PAY-200', { parentKey: 'PAY-999', ...at(5, 9) }),
];
const edges = [edge('PLAT-1', 'PAY-2', { critical: true }), ...stories.slice(1).map((s, i) => edge(stories[i]?.key ?? '', s.key))];
const stored: Omit<ScheduleResult, 'background'> = {
  project: { key: 'PAY', name: 'Payment gateway integration' },
  scopeJql: 'project = PAY',
  asOf: '2026-11-16',
  projectStart: '2026-11-16',
  projectFinish: '2027-03-01',
  durationDays: 74,
  nearCriticalDays: 2,
  nodes,
  edges,
  cycles: [],
  findings: [finding('missing-estimate', stories.map((s) => s.key)), finding('link-not-visible', ['PAY-5'])],
};
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const background: ScheduleBackground = { state: 'ready', issueCount: 124, computedAt: '2026-11-16T03:00:00.000Z', refreshing: false, hiddenIssues: 0 };
const project = { key: 'PAY', name: 'Payments' };

/** getProjectSchedule's answer for a viewer who hides nothing: the stored schedule with the read's parts, shaped. */
function todays(extra: Finding[], budget: number): ScheduleResult {
  const schedule: ScheduleResult = { ...stored, findings: [...stored.findings, ...extra], project, background };
  const hidden = hiddenWorkOf(schedule);
  return { ...shapedSchedule(schedule, budget), chase: chaseOfSchedule(schedule), ...(hidden ? { hidden } : {}) };
}

describe('storedViews: what decides whether a viewer hides anything', () => {
  it('names the keys asked about outside the project, and counts those inside', () => {
    const { access } = storedViews(stored);
    // PLAT-7 is PAY's (its node says so), PAY-999 is a parent outside the scope but of PAY; PLAT-1 is another project's.
    expect(access).toEqual({ projectKey: 'PAY', asOf: '2026-11-16', inProject: 124, outside: [{ key: 'PLAT-1', projectKey: 'PLAT' }] });
  });
});

describe('schedule/get from the views', () => {
  const budget = 8 * 1024 + GET_SLACK_BYTES;
  it('a schedule far over the budget keeps its head, and the answer equals the whole read, large.fullBytes included', () => {
    expect(jsonBytes(stored)).toBeGreaterThan(budget + GET_SLACK_BYTES);
    const views = roundTrip(storedViews(stored, budget));
    expect(views.get.shape.kind).toBe('head');
    const outsideLeftOut = finding('link-not-visible', []);
    for (const extra of [[], [outsideLeftOut]]) {
      const answer = scheduleFromViews(views.get, { project, background, findings: extra }, budget);
      expect(answer).toEqual(todays(extra, budget));
      expect(answer?.large?.fullBytes).toBe(jsonBytes({ ...stored, findings: [...stored.findings, ...extra], project, background }));
    }
  });

  it('a schedule well within the budget is kept whole, and answered whole', () => {
    const views = roundTrip(storedViews(stored));
    expect(views.get.shape.kind).toBe('whole');
    expect(scheduleFromViews(views.get, { project, background, findings: [] })).toEqual(todays([], 600 * 1024));
  });

  it('a schedule within the slack of the budget is not kept: the whole schedule is read', () => {
    const views = storedViews(stored, jsonBytes(stored));
    expect(views.get.shape).toEqual({ kind: 'none' });
    expect(scheduleFromViews(views.get, { project, background, findings: [] })).toBeNull();
  });

  it('an empty findings list gains the choice finding without a comma before it', () => {
    const bare = { ...stored, findings: [] };
    const views = roundTrip(storedViews(bare, budget));
    const extra = [finding('link-not-visible', [])];
    expect(scheduleFromViews(views.get, { project, background, findings: extra }, budget)?.large?.fullBytes).toBe(jsonBytes({ ...bare, findings: extra, project, background }));
  });
});

describe('schedule/summary from the views', () => {
  it('is the summary of the stored schedule with the background', () => {
    const views = roundTrip(storedViews(stored));
    expect(summaryFromViews(views.summary, background)).toEqual({ ...scheduleSummary(stored), background });
    expect(views.summary.issueCount).toBe(nodes.length);
  });

  it("takes each group's highest criticality as groupCriticality does over the nodes", () => {
    // Epic PAY-1: PAY-2 at 0.2 and PAY-3 at 0.7 gives 0.7; no epic: PLAT-7 at 0.1 and PAY-200 undrawn gives 0.1.
    const byKey = new Map([
      ['PAY-2', { criticality: 0.2, cruciality: 0 }],
      ['PAY-3', { criticality: 0.7, cruciality: 0 }],
      ['PLAT-7', { criticality: 0.1, cruciality: 0 }],
    ]);
    const views: ViewsToStore = roundTrip(storedViews(stored));
    const groups = membersCriticality(views.members, byKey);
    expect(groups).toEqual(groupCriticality(nodes, groupOf(nodes), byKey));
    expect(groups.get('PAY-1')).toBe(0.7);
    expect(groups.get('(none)')).toBe(0.1);
    expect(membersCriticality(views.members, new Map()).get('PAY-1')).toBeNull();
  });

  it('keeps a key whose number has a leading zero whole', () => {
    const odd = { ...stored, nodes: [node('PAY-07'), node('PAY-8')] };
    expect(storedViews(odd).members).toEqual([{ group: '(none)', byProject: { PAY: [8] }, other: ['PAY-07'] }]);
  });
});

describe('schedule/rows from the views', () => {
  it('answers the first pages in the default order, as scheduleRows does', () => {
    const views = roundTrip(storedViews(stored));
    expect(views.rows.rows).toHaveLength(ROWS_KEPT);
    for (const asked of [{}, { offset: 0, limit: 100, sort: 'es' as const, direction: 'ascending' as const, filter: {} }, { offset: 40, limit: 50 }, { filter: { text: '  ', criticalOnly: false } }]) {
      expect(rowsFromViewsCover(asked)).toBe(true);
      const page = scheduleRows(nodes, { offset: asked.offset ?? 0, limit: asked.limit ?? 100, sort: 'es', direction: 'ascending', filter: {} });
      expect(rowsFromViews(views.rows, asked, background)).toEqual({ rows: page.rows, offset: asked.offset ?? 0, total: nodes.length, issueCount: nodes.length, background });
    }
  });

  it('leaves any other request to the whole read', () => {
    for (const asked of [{ offset: 100 }, { offset: 60, limit: 50 }, { sort: 'totalSlack' as const }, { direction: 'descending' as const }, { filter: { criticalOnly: true } }, { filter: { text: 'PAY-2' } }, { filter: { epic: 'PAY-1' } }, { filter: { from: '2026-12-01' } }]) {
      expect(rowsFromViewsCover(asked), JSON.stringify(asked)).toBe(false);
    }
  });
});
