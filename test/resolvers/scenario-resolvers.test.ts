/**
 * `scenarios/*` end to end (issue #17): the app's real code and @forge packages against the sandbox serving the
 * demo site (answers checked against Atlassian's OpenAPI specs). Priya sees everything; Aiko cannot see PLAT;
 * Lena may link PLAT issues but not edit them.
 */
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ApplyPlanResult, ApplyResult, ScenarioEdit, ScenarioListResult, ScenarioSummary, ScenarioView, ScheduleResult } from '../../src/contract';
import { demoApp } from './demo-app';

const demo = demoApp();
const { site } = demo;
let schedule: ScheduleResult;

beforeAll(async () => {
  await demo.start();
  schedule = await demo.call<ScheduleResult>('schedule/get', { projectKey: 'PAY' }, 'Priya');
});

const call = <T>(key: string, payload: Record<string, unknown>, who: string) => demo.call<T>(`scenarios/${key}`, { projectKey: 'PAY', ...payload }, who);
const open = () => schedule.nodes.filter((n) => !n.external && n.statusCategory === 'todo' && !n.missingDuration);
const critical = () => open().find((n) => n.critical) ?? open()[0]!;
const platform = () => schedule.nodes.find((n) => n.external && n.projectKey === 'PLAT' && n.statusCategory !== 'done')!;
const fieldsOf = (key: string) => site.state.issues.find((i) => i.key === key)!.fields as Record<string, unknown>;
/** Lists the changes as `who`, then applies that list, as the panel does. */
const listThenApply = async (id: string, version: number, who: string) => call<ApplyResult>('apply', { id, version, listed: (await call<ApplyPlanResult>('apply-plan', { id }, who)).changes }, who);
/** Someone else edits an issue in Jira, through the sandbox's REST API. */
const editInJira = async (key: string, fields: Record<string, unknown>, who: string) => {
  const answer = await site.handle({ product: 'jira', method: 'PUT', path: `/rest/api/3/issue/${key}`, headers: { 'content-type': 'application/json' }, principal: { type: 'user', accountId: demo.account(who) }, body: JSON.stringify({ fields }) });
  expect(answer.status).toBe(204);
};
const writes = (from: number) => site.requestLog.slice(from).filter((r) => r.method !== 'GET' && !r.path.includes('/search') && !r.path.includes('approximate-count'));

describe('scenarios/preview', () => {
  it('recomputes the plan with a longer critical activity: the finish moves, each moved issue names the edit, and nothing is written', async () => {
    const before = site.requestLog.length;
    const target = critical();
    const view = await call<ScenarioView>('preview', { edits: [{ kind: 'duration', key: target.key, days: target.durationDays + 5 }] }, 'Priya');
    expect(view.diff.problems).toEqual([]);
    expect(view.diff.finish.live).toBe(schedule.projectFinish);
    expect(view.diff.finish.days).toBeGreaterThan(0);
    expect(view.diff.moved.length).toBeGreaterThan(0);
    for (const m of view.diff.moved.filter((x) => x.because)) expect(m.because?.edit).toContain(target.key);
    expect(view.diff.levelledFinish).not.toBeNull();
    expect(JSON.stringify(view).length).toBeLessThan(1_000_000);
    expect(writes(before)).toEqual([]);
  });

  it('answers a negative duration, an issue that no longer exists and a cycle with messages', async () => {
    const edge = schedule.edges.find((e) => !e.ignored && !e.inCycle && schedule.nodes.find((n) => n.key === e.to && !n.external))!;
    const view = await call<ScenarioView>('preview', {
      edits: [
        { kind: 'duration', key: critical().key, days: -3 },
        { kind: 'target', key: 'PAY-9999', date: '2026-12-01' },
        { kind: 'addDependency', fromKey: edge.to, toKey: edge.from, linkType: edge.linkType },
      ],
    }, 'Priya');
    expect(view.diff.problems.map((p) => p.kind)).toEqual(['negativeDuration', 'missingIssue']);
    expect(view.diff.problems[0]?.message).toContain('cannot be negative');
    expect(view.diff.problems[1]?.message).toContain('PAY-9999 is no longer in the plan');
    expect(view.diff.newCycles[0]?.issueKeys).toEqual(expect.arrayContaining([edge.from, edge.to]));
    expect(view.diff.newCycles[0]?.message).toContain('dependency cycle');
  });
});

describe('scenarios storage and visibility', () => {
  let saved: ScenarioSummary;
  it('saves a named scenario with who made it; another who may see the project lists it and sees only the edits on issues they may see', async () => {
    const edits: ScenarioEdit[] = [{ kind: 'duration', key: critical().key, days: 7 }, { kind: 'target', key: platform().key, date: '2026-12-18' }];
    saved = await call<ScenarioSummary>('save', { name: 'Switch provider', edits }, 'Priya');
    expect(saved).toMatchObject({ name: 'Switch provider', createdBy: { accountId: demo.account('Priya'), name: 'Priya Natarajan' }, version: 1, editCount: 2, applied: null });
    const aikoList = await call<ScenarioListResult>('list', {}, 'Aiko');
    expect(aikoList.scenarios.find((s) => s.id === saved.id)?.editCount).toBe(1);
    const aiko = await call<ScenarioView>('open', { id: saved.id }, 'Aiko');
    expect(aiko.hiddenEdits).toBe(1);
    expect(aiko.edits).toEqual([edits[0]]);
    expect(JSON.stringify(aiko)).not.toContain(platform().key);
    const priya = await call<ScenarioView>('open', { id: saved.id }, 'Priya');
    expect(priya.edits).toEqual(edits);
  });

  it('keeps the edits hidden from whoever saves, and refuses a save from an older version naming who saved since', async () => {
    const aikoSaves = await call<ScenarioSummary>('save', { id: saved.id, name: 'Switch provider', edits: [{ kind: 'duration', key: critical().key, days: 8 }], version: 1 }, 'Aiko');
    expect(aikoSaves.version).toBe(2);
    const priya = await call<ScenarioView>('open', { id: saved.id }, 'Priya');
    expect(priya.edits.map((e) => e.kind).sort()).toEqual(['duration', 'target']);
    await expect(call('save', { id: saved.id, name: 'Mine', edits: [], version: 1 }, 'Priya')).rejects.toThrow(/CONFLICT: Aiko Tanaka saved "Switch provider"/);
  });

  it('compares two scenarios against the same live plan, and lets only the author or an admin delete', async () => {
    const other = await call<ScenarioSummary>('save', { name: 'Shorter', edits: [{ kind: 'duration', key: critical().key, days: 0 }] }, 'Aiko');
    const both = await call<{ left: ScenarioView; right: ScenarioView }>('compare', { left: saved.id, right: other.id }, 'Priya');
    expect(both.left.diff.finish.live).toBe(both.right.diff.finish.live);
    expect(both.left.diff.finish.scenario > both.right.diff.finish.scenario).toBe(true);
    await expect(call('delete', { id: saved.id }, 'Lena')).rejects.toThrow(/FORBIDDEN: Only Priya Natarajan/);
    expect(await call('delete', { id: other.id }, 'Aiko')).toEqual({ deleted: true });
  });
});

describe('scenarios/apply', () => {
  it('lists the changes, then makes exactly those as the user; a second apply is told who applied it', async () => {
    const item = open().find((n) => n.key !== critical().key)!;
    const edge = schedule.edges.find((e) => !e.ignored && schedule.nodes.find((n) => n.key === e.from && !n.external) && schedule.nodes.find((n) => n.key === e.to && !n.external))!;
    const edits: ScenarioEdit[] = [
      { kind: 'duration', key: item.key, days: 3 },
      { kind: 'target', key: item.key, date: '2026-12-24' },
      { kind: 'assignee', key: item.key, accountId: demo.account('Noor'), name: 'Noor Haddad' },
      { kind: 'removeDependency', linkId: edge.linkId, fromKey: edge.from, toKey: edge.to },
      { kind: 'addDependency', fromKey: critical().key, toKey: item.key, linkType: 'Blocks' },
      { kind: 'lag', linkId: schedule.edges.find((e) => e.linkId !== edge.linkId)!.linkId, days: 2, fromKey: 'PAY-1', toKey: 'PAY-2' },
    ];
    const scenario = await call<ScenarioSummary>('save', { name: 'Apply me', edits }, 'Priya');
    const before = site.requestLog.length;
    const plan = await call<ApplyPlanResult>('apply-plan', { id: scenario.id }, 'Priya');
    expect(writes(before)).toEqual([]);
    // The list compares the edited plan with Jira's, with no forecast of either: the forecast's reads (the launch
    // version, the risk register) are not made, nor its Monte Carlo runs (9-26 s of a 1,600-issue apply).
    expect(site.requestLog.slice(before).map((r) => r.path)).not.toContain('/rest/api/3/project/PAY/versions');
    expect(plan.changes.map((c) => c.kind).sort()).toEqual(['addLink', 'assignee', 'dueDate', 'originalEstimate', 'removeLink']);
    expect(plan.notWritten.map((n) => n.reason).join(' ')).toContain('Jira has no lag per link');

    const applied = await call<ApplyResult>('apply', { id: scenario.id, version: scenario.version, listed: plan.changes }, 'Priya');
    expect(applied.results.map((r) => [r.id, r.outcome])).toEqual(plan.changes.map((c) => [c.id, 'done']));
    const made = writes(before);
    expect(made.map((r) => `${r.method} ${r.path.split('?')[0]}`).sort()).toEqual([`DELETE /rest/api/3/issueLink/${edge.linkId}`, 'POST /rest/api/3/issueLink', `PUT /rest/api/3/issue/${item.key}`].sort());
    for (const r of made) expect(r.principal).toEqual({ type: 'user', accountId: demo.account('Priya') });
    expect(fieldsOf(item.key)).toMatchObject({ duedate: '2026-12-24', timeoriginalestimate: 3 * 8 * 3600, assignee: { accountId: demo.account('Noor') } });
    expect(applied.scenario.applied).toMatchObject({ by: { name: 'Priya Natarajan' }, done: 5, refused: 0 });

    await expect(call('apply', { id: scenario.id, version: applied.scenario.version, listed: plan.changes }, 'Marcus')).rejects.toThrow(/CONFLICT: Priya Natarajan applied "Apply me" to Jira at .* nothing was written again/);
    expect(site.specViolations).toEqual([]);
  });

  it('reports a change the user may not make as refused and makes the others', async () => {
    const item = open().filter((n) => n.key !== critical().key).at(-1)!;
    const plat = platform();
    const scenario = await call<ScenarioSummary>('save', { name: 'Lena tries', edits: [{ kind: 'target', key: plat.key, date: '2026-12-30' }, { kind: 'target', key: item.key, date: '2026-12-29' }] }, 'Lena');
    const platDue = fieldsOf(plat.key).duedate;
    const applied = await listThenApply(scenario.id, 1, 'Lena');
    const byKey = new Map(applied.results.map((r) => [r.key, r]));
    expect(byKey.get(plat.key)).toMatchObject({ outcome: 'refused', message: expect.stringContaining('403') as unknown });
    expect(byKey.get(item.key)).toMatchObject({ outcome: 'done', message: null });
    expect(fieldsOf(plat.key).duedate).toBe(platDue);
    expect(fieldsOf(item.key).duedate).toBe('2026-12-29');
    expect(applied.scenario.applied).toMatchObject({ done: 1, refused: 1 });
  });

  it('refuses an apply from a version older than the scenario', async () => {
    const scenario = await call<ScenarioSummary>('save', { name: 'Stale', edits: [{ kind: 'target', key: critical().key, date: '2026-12-21' }] }, 'Priya');
    const { changes } = await call<ApplyPlanResult>('apply-plan', { id: scenario.id }, 'Priya');
    await call<ScenarioSummary>('save', { id: scenario.id, name: 'Stale', edits: [], version: 1 }, 'Marcus');
    await expect(call('apply', { id: scenario.id, version: 1, listed: changes }, 'Priya')).rejects.toThrow(/CONFLICT: Marcus Webb changed "Stale"/);
  });

  it('two people applying the same scenario at once: one writes, the other is told and writes nothing', async () => {
    const item = open().filter((n) => n.key !== critical().key).at(-2)!;
    const scenario = await call<ScenarioSummary>('save', { name: 'Race', edits: [{ kind: 'target', key: item.key, date: '2026-12-22' }] }, 'Priya');
    const { changes: listed } = await call<ApplyPlanResult>('apply-plan', { id: scenario.id }, 'Priya');
    const before = site.requestLog.length;
    const answers = await Promise.allSettled([call<ApplyResult>('apply', { id: scenario.id, version: 1, listed }, 'Priya'), call<ApplyResult>('apply', { id: scenario.id, version: 1, listed }, 'Marcus')]);
    const done = answers.filter((a) => a.status === 'fulfilled');
    const refused = answers.flatMap((a) => (a.status === 'rejected' ? [String(a.reason)] : []));
    expect(done).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/CONFLICT: .*(is applying "Race" to Jira right now|applied "Race" to Jira at).*nothing was written/);
    expect(writes(before).filter((r) => r.method === 'PUT')).toHaveLength(1);
  });

  it('refuses a change whose field was edited in Jira after the list was shown, naming both values, and makes the others', async () => {
    const [item, other] = open().filter((n) => n.key !== critical().key).slice(2, 4);
    if (!item || !other) throw new Error('PAY has too few open issues');
    const scenario = await call<ScenarioSummary>('save', { name: 'Window', edits: [{ kind: 'duration', key: item.key, days: 9 }, { kind: 'target', key: other.key, date: '2026-12-23' }] }, 'Priya');
    const plan = await call<ApplyPlanResult>('apply-plan', { id: scenario.id }, 'Priya');
    const listedEstimate = plan.changes.find((c) => c.kind === 'originalEstimate' && c.key === item.key);
    expect(listedEstimate?.change).toMatchObject({ fromSeconds: fieldsOf(item.key).timeoriginalestimate, toSeconds: 9 * 8 * 3600 });
    // Marcus re-estimates the issue in Jira while Priya reads the list.
    await editInJira(item.key, { timetracking: { originalEstimate: '6d' } }, 'Marcus');
    // Without the list, this small project's plan (read again at apply time) would take 6d as the "from".
    const again = await call<ApplyPlanResult>('apply-plan', { id: scenario.id }, 'Priya');
    expect(again.changes.find((c) => c.kind === 'originalEstimate')?.change).toMatchObject({ fromSeconds: 6 * 8 * 3600 });

    const before = site.requestLog.length;
    const applied = await call<ApplyResult>('apply', { id: scenario.id, version: scenario.version, listed: plan.changes }, 'Priya');
    const outcome = (kind: string) => applied.results.find((r) => r.kind === kind);
    const was = `${Math.round(((listedEstimate?.change.kind === 'originalEstimate' ? listedEstimate.change.fromSeconds : 0) ?? 0) / 36) / 100} h`;
    expect(outcome('originalEstimate')).toMatchObject({ outcome: 'refused', key: item.key, message: `${item.key}'s original estimate changed in Jira since the list of changes was made (${was} then, 48 h now): not overwritten. Refresh, check the scenario, then apply again.` });
    expect(outcome('dueDate')).toMatchObject({ outcome: 'done', key: other.key, message: null });
    expect(applied.results).toHaveLength(plan.changes.length);
    expect(fieldsOf(item.key).timeoriginalestimate).toBe(6 * 8 * 3600);
    expect(fieldsOf(other.key).duedate).toBe('2026-12-23');
    expect(writes(before).map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual([`PUT /rest/api/3/issue/${other.key}`]);
    expect(applied.scenario.applied).toMatchObject({ done: 1, refused: 1 });

    // As the refusal says: list again and apply. The due date already made is not in the new list; only the estimate is.
    const retry = await call<ApplyPlanResult>('apply-plan', { id: scenario.id }, 'Priya');
    expect(retry.changes.map((c) => `${c.kind} ${c.key}`)).toEqual([`originalEstimate ${item.key}`]);
    const second = await call<ApplyResult>('apply', { id: scenario.id, version: applied.scenario.version, listed: retry.changes }, 'Priya');
    expect(second.results.map((r) => r.outcome)).toEqual(['done']);
    expect(fieldsOf(item.key).timeoriginalestimate).toBe(9 * 8 * 3600);
    expect(second.scenario.applied).toMatchObject({ done: 1, refused: 0 });
    // Everything made: no further apply.
    await expect(call('apply', { id: scenario.id, version: second.scenario.version, listed: [] }, 'Priya')).rejects.toThrow(/CONFLICT: .*applied "Window" to Jira at .* nothing was written again/);
  });

  it('reports a listed change Jira already holds (written through the REST API since the list) as already so: not written, not refused', async () => {
    const [item, other] = open().filter((n) => n.key !== critical().key && fieldsOf(n.key).duedate !== '2026-12-17').slice(5, 7);
    if (!item || !other) throw new Error('PAY has too few open issues');
    const scenario = await call<ScenarioSummary>('save', { name: 'Already', edits: [{ kind: 'target', key: item.key, date: '2026-12-17' }, { kind: 'duration', key: other.key, days: 6 }] }, 'Priya');
    const plan = await call<ApplyPlanResult>('apply-plan', { id: scenario.id }, 'Priya');
    expect(plan.changes.map((c) => `${c.kind} ${c.key}`).sort()).toEqual([`dueDate ${item.key}`, `originalEstimate ${other.key}`]);
    // Marcus sets the scenario's due date in Jira while Priya reads the list.
    await editInJira(item.key, { duedate: '2026-12-17' }, 'Marcus');

    const before = site.requestLog.length;
    const applied = await call<ApplyResult>('apply', { id: scenario.id, version: scenario.version, listed: plan.changes }, 'Priya');
    const outcome = (kind: string) => applied.results.find((r) => r.kind === kind);
    expect(outcome('dueDate')).toMatchObject({ outcome: 'already', key: item.key, message: null });
    expect(outcome('originalEstimate')).toMatchObject({ outcome: 'done', key: other.key, message: null });
    expect(writes(before).map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual([`PUT /rest/api/3/issue/${other.key}`]);
    expect(fieldsOf(item.key).duedate).toBe('2026-12-17');
    // Nothing was refused: this apply ends the scenario's applies.
    expect(applied.scenario.applied).toMatchObject({ done: 1, already: 1, refused: 0 });
    await expect(call('apply', { id: scenario.id, version: applied.scenario.version, listed: [] }, 'Priya')).rejects.toThrow(/CONFLICT: .*applied "Already" to Jira at/);
    expect(site.specViolations).toEqual([]);
  });

  it('lists a link Jira already holds apart, as already in Jira; applying it writes nothing and reads "0 done, 1 already in Jira"', async () => {
    const linked = new Set(schedule.edges.flatMap((e) => [`${e.from}|${e.to}`, `${e.to}|${e.from}`]));
    const [from, to] = open().filter((n) => n.key !== critical().key).slice(8).flatMap((a, i, all) => all.slice(i + 1).filter((b) => !linked.has(`${a.key}|${b.key}`)).map((b) => [a, b] as const))[0] ?? [];
    if (!from || !to) throw new Error('PAY has no two open issues without a link between them');
    const scenario = await call<ScenarioSummary>('save', { name: 'Linked since', edits: [{ kind: 'addDependency', fromKey: from.key, toKey: to.key, linkType: 'Blocks' }] }, 'Priya');
    // Marcus adds the same link in Jira before Priya lists the changes (Jira's request names the issue that blocks `inwardIssue`).
    const link = await site.handle({ product: 'jira', method: 'POST', path: '/rest/api/3/issueLink', headers: { 'content-type': 'application/json' }, principal: { type: 'user', accountId: demo.account('Marcus') }, body: JSON.stringify({ type: { name: 'Blocks' }, inwardIssue: { key: from.key }, outwardIssue: { key: to.key } }) });
    expect(link.status).toBe(201);

    const plan = await call<ApplyPlanResult>('apply-plan', { id: scenario.id }, 'Priya');
    expect(plan.changes).toEqual([]);
    expect(plan.alreadyInJira.map((c) => `${c.kind} ${c.key}`)).toEqual([`addLink ${from.key}`]);
    const before = site.requestLog.length;
    const applied = await call<ApplyResult>('apply', { id: scenario.id, version: scenario.version, listed: plan.changes }, 'Priya');
    expect(applied.results.map((r) => `${r.kind} ${r.outcome}`)).toEqual(['addLink already']);
    expect(writes(before)).toEqual([]);
    expect(applied.scenario.applied).toMatchObject({ done: 0, already: 1, refused: 0 });
    await expect(call('apply', { id: scenario.id, version: applied.scenario.version, listed: [] }, 'Priya')).rejects.toThrow(/CONFLICT: Priya Natarajan applied "Linked since" to Jira at .* \(0 done, 1 already in Jira\): nothing was written again/);
  });

  it('writes only what the stored scenario holds: a listed value it does not hold is refused, whatever the payload says', async () => {
    const item = open().filter((n) => n.key !== critical().key)[4]!;
    const scenario = await call<ScenarioSummary>('save', { name: 'Forged', edits: [{ kind: 'target', key: item.key, date: '2026-12-28' }] }, 'Priya');
    const plan = await call<ApplyPlanResult>('apply-plan', { id: scenario.id }, 'Priya');
    const due = plan.changes[0]!;
    const forged = [
      { ...due, change: { ...due.change, to: '2027-06-30' } },
      { id: 'c9', kind: 'dueDate', key: critical().key, text: 'x', change: { kind: 'dueDate', key: critical().key, from: fieldsOf(critical().key).duedate ?? null, to: '2027-06-30' } },
    ];
    const before = site.requestLog.length;
    const applied = await call<ApplyResult>('apply', { id: scenario.id, version: scenario.version, listed: forged }, 'Priya');
    expect(applied.results.map((r) => r.outcome)).toEqual(['refused', 'refused']);
    expect(applied.results[0]?.message).toContain('this scenario writes another value now than the list showed');
    expect(applied.results[1]?.message).toContain('not a change this scenario makes now');
    expect(writes(before)).toEqual([]);
  });
});
