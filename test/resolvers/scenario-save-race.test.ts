/**
 * Two saves of one scenario at once (issue #17, "two people applying the same scenario" and its save twin): the
 * version check must be a compare-and-set, not a read then a write. Both saves start from version 1 and run
 * concurrently against the sandbox's KVS (which keeps Forge's FAIL_IF_EXISTS semantics): exactly one is saved,
 * the other is told who changed it and when, and what is stored is the winner's.
 */
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ScenarioSummary, ScenarioView, ScheduleResult } from '../../src/contract';
import { demoApp } from './demo-app';

const demo = demoApp();
let schedule: ScheduleResult;

beforeAll(async () => {
  await demo.start();
  schedule = await demo.call<ScheduleResult>('schedule/get', { projectKey: 'PAY' }, 'Priya');
});

const call = <T>(key: string, payload: Record<string, unknown>, who: string) => demo.call<T>(`scenarios/${key}`, { projectKey: 'PAY', ...payload }, who);
const openKey = () => schedule.nodes.find((n) => !n.external && n.statusCategory === 'todo' && !n.missingDuration)!.key;

describe('scenarios/save at once', () => {
  it('two saves from the same version: exactly one wins, the other is told who changed it and when, and to reload', async () => {
    const key = openKey();
    const first = await call<ScenarioSummary>('save', { name: 'Race', edits: [] }, 'Priya');
    const answers = await Promise.allSettled([
      call<ScenarioSummary>('save', { id: first.id, name: 'Race', edits: [{ kind: 'duration', key, days: 4 }], version: 1 }, 'Priya'),
      call<ScenarioSummary>('save', { id: first.id, name: 'Race', edits: [{ kind: 'duration', key, days: 9 }], version: 1 }, 'Marcus'),
    ]);
    const won = answers.flatMap((a) => (a.status === 'fulfilled' ? [a.value] : []));
    const lost = answers.flatMap((a) => (a.status === 'rejected' ? [String(a.reason)] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = won[0]!.updatedBy.name;
    expect(won[0]!.version).toBe(2);
    expect(lost[0]).toMatch(new RegExp(`CONFLICT: ${winner} saved "Race" at \\d{4}-\\d{2}-\\d{2}T[^,]*, after you opened it: nothing was saved\\. Open it again`));
    const stored = await call<ScenarioView>('open', { id: first.id }, 'Priya');
    expect(stored.scenario?.version).toBe(2);
    expect(stored.edits).toEqual([{ kind: 'duration', key, days: winner.startsWith('Priya') ? 4 : 9 }]);
  });

  it('a save and a delete at once: the scenario is either saved or deleted, never deleted and then written back', async () => {
    const first = await call<ScenarioSummary>('save', { name: 'Gone', edits: [] }, 'Priya');
    const answers = await Promise.allSettled([
      call<ScenarioSummary>('save', { id: first.id, name: 'Gone', edits: [{ kind: 'duration', key: openKey(), days: 2 }], version: 1 }, 'Marcus'),
      call<{ deleted: boolean }>('delete', { id: first.id }, 'Priya'),
    ]);
    const list = await call<{ scenarios: ScenarioSummary[] }>('list', {}, 'Priya');
    const there = list.scenarios.some((s) => s.id === first.id);
    const [save, remove] = answers;
    expect([save?.status, remove?.status].filter((s) => s === 'fulfilled')).toHaveLength(1);
    expect(there).toBe(save?.status === 'fulfilled');
    if (remove?.status === 'rejected') expect(String(remove.reason)).toMatch(/CONFLICT: Marcus Webb saved "Gone" at .*: nothing was deleted/);
    if (save?.status === 'rejected') expect(String(save.reason)).toMatch(/CONFLICT: .*deleted "Gone"|NOT_FOUND/);
  });
});
