/**
 * Scenarios on a scope above the background threshold (issue #17, item 2; DESIGN.md section 5): 1,600 issues in
 * BIG, threshold 1,500. Before the consumer has stored the analysis a scenario is refused with what still works;
 * after, it starts from the stored issues cut to the viewer, its live plan is the Dependencies tab's stored
 * schedule, and the CPM and the forecast are recomputed within the answer's limits.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ApplyPlanResult, ApplyResult, ScenarioSummary, ScenarioView, ScheduleResult } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { largeApp } from './large-app';

const big = largeApp(1600);
let runtime: ForgeRuntime;

beforeAll(async () => {
  ({ runtime } = await big.start());
}, 120_000);

afterAll(() => runtime.uninstall());

/** BIG's open tasks with an estimate and no sub-tasks. */
const openTasks = () =>
  big.snapshot.issues.filter((i) => {
    const f = i.fields as { status?: { statusCategory?: { key?: string } }; issuetype?: { name?: string }; timeoriginalestimate?: number | null; subtasks?: unknown[] };
    return i.key.startsWith('BIG-') && f.status?.statusCategory?.key === 'new' && f.issuetype?.name !== 'Epic' && (f.timeoriginalestimate ?? 0) > 0 && (f.subtasks ?? []).length === 0;
  });

const preview = (edits: unknown[]) => big.call<ScenarioView>('scenarios/preview', { projectKey: 'BIG', edits });

describe('scenarios on a 1,600-issue scope', () => {
  it('before the analysis is stored: refused, saying why and what still works', async () => {
    await expect(preview([])).rejects.toThrow(/TOO_LARGE: BIG has 1,\d{3} issues, more than Keel computes while you wait.*not stored yet.*The map, the Gantt and the table above still work/);
  }, 120_000);

  it('after: starts from the stored analysis cut to the viewer, with the tab\'s live plan, and recomputes the CPM and the forecast', async () => {
    await big.call<ScheduleResult>('schedule/get', { projectKey: 'BIG' });
    await runtime.queue.drain();
    const schedule = (await big.call<ScheduleResult>('schedule/get', { projectKey: 'BIG' })).data;
    expect(schedule.background).toMatchObject({ state: 'ready' });
    // Any open task made a year longer ends after the live finish (the tab's answer for this size is a head without nodes).
    const open = openTasks()[0];
    if (!open) throw new Error('BIG has no open task');
    const { data: view, bytes } = await preview([{ kind: 'duration', key: open.key, days: 260 }]);
    expect(bytes).toBeLessThan(1_000_000);
    expect(view.basis).toMatchObject({ source: 'stored', computedAt: schedule.background?.state === 'ready' ? schedule.background.computedAt : '' });
    expect(view.basis.visibleIssues).toBe(view.basis.storedIssues);
    expect(view.diff.problems).toEqual([]);
    expect(view.diff.finish.live).toBe(schedule.projectFinish);
    expect(view.diff.finish.days).toBeGreaterThan(0);
    const forecast = view.diff.forecast!;
    expect(forecast.iterations).toBeLessThan(forecast.settingsIterations);
    expect(forecast.samplingError).toBeGreaterThan(0.015);
    expect(forecast.p80Days).toBeGreaterThanOrEqual(0);
  }, 300_000);

  it('applies from the stored analysis only what Jira still holds as listed: a due date changed in Jira since is refused, not overwritten', async () => {
    const task = openTasks()[1];
    if (!task) throw new Error('BIG has no second open task');
    const scenario = (await big.call<ScenarioSummary>('scenarios/save', { projectKey: 'BIG', name: 'Stale', edits: [{ kind: 'duration', key: task.key, days: 4 }, { kind: 'target', key: task.key, date: '2027-03-01' }] })).data;
    const plan = (await big.call<ApplyPlanResult>('scenarios/apply-plan', { projectKey: 'BIG', id: scenario.id })).data;
    expect(plan.changes.map((c) => c.kind).sort()).toEqual(['dueDate', 'originalEstimate']);
    // Someone sets the due date in Jira after the analysis was stored (no event reaches the test's consumer).
    const live = big.site.state.issues.find((i) => i.key === task.key)!.fields as Record<string, unknown>;
    live['duedate'] = '2027-02-01';
    const applied = (await big.call<ApplyResult>('scenarios/apply', { projectKey: 'BIG', id: scenario.id, version: scenario.version, listed: plan.changes })).data;
    const outcome = (kind: string) => applied.results.find((r) => r.kind === kind);
    expect(outcome('dueDate')).toMatchObject({ outcome: 'refused' });
    expect(outcome('dueDate')?.message).toMatch(new RegExp(`${task.key}'s due date changed in Jira since the list of changes was made \\(.* then, 2027-02-01 now\\): not overwritten`));
    expect(outcome('originalEstimate')).toMatchObject({ outcome: 'done' });
    expect(live).toMatchObject({ duedate: '2027-02-01', timeoriginalestimate: 4 * 8 * 3600 });
  }, 120_000);

  it('applied again after a refusal: a change the first apply made, listed again from the stored analysis, is already so, with no write to it', async () => {
    const [estimated, dated] = openTasks().slice(2, 4);
    if (!estimated || !dated) throw new Error('BIG has too few open tasks');
    const scenario = (await big.call<ScenarioSummary>('scenarios/save', { projectKey: 'BIG', name: 'Again', edits: [{ kind: 'duration', key: estimated.key, days: 5 }, { kind: 'target', key: dated.key, date: '2027-03-02' }] })).data;
    const list = async () => (await big.call<ApplyPlanResult>('scenarios/apply-plan', { projectKey: 'BIG', id: scenario.id })).data;
    const apply = async (version: number, plan: ApplyPlanResult) => (await big.call<ApplyResult>('scenarios/apply', { projectKey: 'BIG', id: scenario.id, version, listed: plan.changes })).data;
    const first = await list();
    const fields = (key: string) => big.site.state.issues.find((i) => i.key === key)!.fields as Record<string, unknown>;
    const storedDue = fields(dated.key)['duedate'];
    fields(dated.key)['duedate'] = '2027-02-02';
    const refused = await apply(scenario.version, first);
    expect(refused.results.map((r) => `${r.kind} ${r.outcome}`).sort()).toEqual(['dueDate refused', 'originalEstimate done']);

    // The due date is put back; the stored analysis still predates the estimate the first apply wrote.
    fields(dated.key)['duedate'] = storedDue;
    const again = await list();
    // The estimate the first apply wrote is read again from Jira: listed apart, as already in Jira, not as a change to make.
    expect(again.changes.map((c) => c.kind)).toEqual(['dueDate']);
    expect(again.alreadyInJira.map((c) => `${c.kind} ${c.key}`)).toEqual([`originalEstimate ${estimated.key}`]);
    const before = big.site.requestLog.length;
    const second = await apply(refused.scenario.version, again);
    const outcome = (kind: string) => second.results.find((r) => r.kind === kind);
    expect(outcome('originalEstimate')).toMatchObject({ outcome: 'already', key: estimated.key, message: null });
    expect(outcome('dueDate')).toMatchObject({ outcome: 'done', key: dated.key });
    const puts = big.site.requestLog.slice(before).filter((r) => r.method === 'PUT').map((r) => r.path.split('?')[0]);
    expect(puts).toEqual([`/rest/api/3/issue/${dated.key}`]);
    expect(fields(estimated.key)['timeoriginalestimate']).toBe(5 * 8 * 3600);
    expect(second.scenario.applied).toMatchObject({ done: 1, already: 1, refused: 0 });
  }, 300_000);

  it('everything already in Jira: the list has nothing to make, and the apply records "0 done, 1 already in Jira" with no write', async () => {
    const task = openTasks()[4];
    if (!task) throw new Error('BIG has too few open tasks');
    const scenario = (await big.call<ScenarioSummary>('scenarios/save', { projectKey: 'BIG', name: 'Done since', edits: [{ kind: 'target', key: task.key, date: '2027-03-03' }] })).data;
    // Someone sets the scenario's due date in Jira after the analysis was stored.
    (big.site.state.issues.find((i) => i.key === task.key)!.fields as Record<string, unknown>)['duedate'] = '2027-03-03';
    const plan = (await big.call<ApplyPlanResult>('scenarios/apply-plan', { projectKey: 'BIG', id: scenario.id })).data;
    expect(plan.changes).toEqual([]);
    expect(plan.alreadyInJira.map((c) => `${c.kind} ${c.key}`)).toEqual([`dueDate ${task.key}`]);
    const before = big.site.requestLog.length;
    const applied = (await big.call<ApplyResult>('scenarios/apply', { projectKey: 'BIG', id: scenario.id, version: scenario.version, listed: plan.changes })).data;
    expect(applied.results.map((r) => `${r.kind} ${r.outcome}`)).toEqual(['dueDate already']);
    expect(big.site.requestLog.slice(before).filter((r) => r.method === 'PUT' || (r.method === 'POST' && r.path.includes('issueLink')))).toEqual([]);
    expect(applied.scenario.applied).toMatchObject({ done: 0, already: 1, refused: 0 });
    await expect(big.call('scenarios/apply', { projectKey: 'BIG', id: scenario.id, version: applied.scenario.version, listed: [] })).rejects.toThrow(/\(0 done, 1 already in Jira\): nothing was written again/);
  }, 120_000);
});
