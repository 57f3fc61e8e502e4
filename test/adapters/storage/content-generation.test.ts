import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { JiraIssue } from '../../../src/adapters/jira/jira-issue-schema';
import { collectDeadWriter, loadAnalysis, loadAnalysisManifest, manifestHashes, saveAnalysis, type AnalysisKvs } from '../../../src/adapters/storage/analysis-store';
import type { ScheduleEdge, ScheduleNode, ScheduleResult } from '../../../src/contract';

/** An in-memory store counting each call; `failOn` makes a call throw, as a consumer killed at that point stops. */
function countingKvs() {
  const values = new Map<string, unknown>();
  const calls = { get: 0, set: 0, delete: 0 };
  let failOn: ((op: 'set' | 'delete', key: string) => boolean) | null = null;
  const store: AnalysisKvs = {
    get: (key) => (calls.get++, Promise.resolve(values.get(key))),
    set: (key, value) => {
      if (failOn?.('set', key)) return Promise.reject(new Error('killed'));
      calls.set++;
      values.set(key, value);
      return Promise.resolve();
    },
    delete: (key) => {
      if (failOn?.('delete', key)) return Promise.reject(new Error('killed'));
      calls.delete++;
      values.delete(key);
      return Promise.resolve();
    },
  };
  return {
    store,
    values,
    calls,
    reset: () => Object.assign(calls, { get: 0, set: 0, delete: 0 }),
    kill: (when: ((op: 'set' | 'delete', key: string) => boolean) | null) => (failOn = when),
    /** Content chunks stored that the manifest in force does not use. */
    stray: async () => {
      const inForce = manifestHashes((await loadAnalysisManifest(store, 'BIG')) ?? { version: 1, generation: '', computedAt: '', lastSync: '', scopeJql: '', settingsHash: '', parts: [], issueCount: 0 });
      return [...values.keys()].filter((k) => k.startsWith('schedule-analysis:BIG:c:') && !inForce.has(k.slice('schedule-analysis:BIG:c:'.length)));
    },
  };
}

const node = (key: string, estimate: number): ScheduleNode => ({
  key, summary: `Work on ${key}`, type: 'Task', status: 'To Do', statusCategory: 'todo', projectKey: 'BIG', parentKey: null, assignee: null, external: false,
  durationDays: estimate, missingDuration: false, fixed: false, offsets: { earlyStart: 0, earlyFinish: estimate, lateStart: 0, lateFinish: estimate },
  earlyStart: '2026-11-16', earlyFinish: '2026-11-20', lateStart: '2026-11-16', lateFinish: '2026-11-20', totalSlackDays: 0,
  freeSlackDays: 0, critical: true, nearCritical: false, dueDate: null, late: false, blocked: false, drivingPredecessor: null,
});
const edge = (from: string, to: string): ScheduleEdge => ({ linkId: `${from}>${to}`, linkType: 'Blocks', from, to, kind: 'FS', lagDays: 0, critical: false, ignored: false, inCycle: false });

/** 10,000 issues, their nodes and a chain of links; `edited` has a new estimate (as the refresh bench edits one). */
function analysis(generation: string, edited: ReadonlyMap<string, number> = new Map()) {
  const keys = Array.from({ length: 10_000 }, (_, i) => `BIG-${i + 1}`);
  const estimate = (key: string, i: number) => edited.get(key) ?? 1 + (i % 5);
  const issues: JiraIssue[] = keys.map((key, i) => ({ id: String(10_000 + i), key, fields: { summary: `Work on ${key}`, timeestimate: estimate(key, i) * 28_800 } }));
  const schedule: Omit<ScheduleResult, 'background'> = {
    project: { key: 'BIG', name: 'Big' }, scopeJql: 'project = BIG', asOf: '2026-11-16', projectStart: '2026-11-16', projectFinish: '2027-06-01',
    durationDays: 140, nearCriticalDays: 5, nodes: keys.map((key, i) => node(key, estimate(key, i))), edges: keys.slice(1).map((key, i) => edge(keys[i] as string, key)), cycles: [], findings: [],
  };
  return { generation, computedAt: '2026-11-16T09:00:00.000Z', lastSync: '2026-11-16T09:00:00.000Z', settingsHash: 'h1', issues, schedule };
}

describe('content-addressed analysis chunks', () => {
  it('names each chunk by its generation too for a writer that holds no lease, and deletes the previous generation\'s after the flip', async () => {
    const kvs = countingKvs();
    await saveAnalysis(kvs.store, 'BIG', analysis('g1'));
    const second = await saveAnalysis(kvs.store, 'BIG', analysis('g2'));
    expect([...manifestHashes(second)].every((h) => h.startsWith('g2.'))).toBe(true);
    expect(await kvs.stray()).toEqual([]);
    expect((await loadAnalysis(kvs.store, 'BIG'))?.manifest.generation).toBe('g2');
    expect([...kvs.values.keys()].some((k) => k.endsWith(':pending'))).toBe(false);
  });

  it('writes only the chunks an edit changed, deletes only those it superseded, and readers see the new analysis', async () => {
    const kvs = countingKvs();
    const first = await saveAnalysis(kvs.store, 'BIG', analysis('g1'), { reuse: true });
    const whole = kvs.calls.set;
    expect(whole).toBeGreaterThan(100);
    kvs.reset();
    const next = analysis('g2', new Map([['BIG-4321', 9]]));
    const second = await saveAnalysis(kvs.store, 'BIG', next, { reuse: true });
    // The head, the issues' group, the nodes' group and the index bucket that hold BIG-4321, the record and the manifest.
    expect(kvs.calls.set).toBeLessThanOrEqual(8);
    expect(kvs.calls.delete).toBeLessThanOrEqual(kvs.calls.set);
    expect([...manifestHashes(second)].filter((h) => manifestHashes(first).has(h)).length).toBeGreaterThan(manifestHashes(second).size - 6);
    const read = await loadAnalysis(kvs.store, 'BIG');
    expect(read?.manifest.generation).toBe('g2');
    expect(read?.issues).toEqual(next.issues);
    expect(read?.schedule).toEqual(next.schedule);
    expect(await kvs.stray()).toEqual([]);
  });

  it('writes nothing but the record and the manifest when nothing changed', async () => {
    const kvs = countingKvs();
    await saveAnalysis(kvs.store, 'BIG', analysis('g1'), { reuse: true });
    kvs.reset();
    await saveAnalysis(kvs.store, 'BIG', analysis('g2'), { reuse: true });
    expect(kvs.calls).toMatchObject({ set: 2, delete: 1 });
  });

  it('leaves the last analysis readable when killed before the flip, and the next writer collects what it wrote', async () => {
    const kvs = countingKvs();
    const g1 = analysis('g1');
    await saveAnalysis(kvs.store, 'BIG', g1, { reuse: true });
    let writes = 0;
    kvs.kill((op, key) => op === 'set' && key.includes(':c:') && ++writes > 2);
    await expect(saveAnalysis(kvs.store, 'BIG', analysis('g2', new Map([['BIG-10', 7], ['BIG-9000', 7]])), { reuse: true })).rejects.toThrow('killed');
    kvs.kill(null);
    expect((await loadAnalysis(kvs.store, 'BIG'))?.issues).toEqual(g1.issues);
    expect((await kvs.stray()).length).toBe(2);
    await saveAnalysis(kvs.store, 'BIG', analysis('g3', new Map([['BIG-20', 3]])), { reuse: true });
    expect((await loadAnalysis(kvs.store, 'BIG'))?.manifest.generation).toBe('g3');
    expect(await kvs.stray()).toEqual([]);
  });

  it('collects the superseded chunks of a writer killed after the flip (the next chain start does, refresh-chain.ts)', async () => {
    const kvs = countingKvs();
    await saveAnalysis(kvs.store, 'BIG', analysis('g1'), { reuse: true });
    kvs.kill((op, key) => op === 'delete' && key.includes(':c:'));
    const g2 = analysis('g2', new Map([['BIG-10', 7]]));
    await expect(saveAnalysis(kvs.store, 'BIG', g2, { reuse: true })).rejects.toThrow('killed');
    kvs.kill(null);
    expect((await loadAnalysis(kvs.store, 'BIG'))?.issues).toEqual(g2.issues);
    expect((await kvs.stray()).length).toBeGreaterThan(0);
    await collectDeadWriter(kvs.store, 'BIG');
    expect(await kvs.stray()).toEqual([]);
    expect((await loadAnalysis(kvs.store, 'BIG'))?.issues).toEqual(g2.issues);
  });
});

describe('the summary buckets of the index (format 4)', () => {
  /** `analysis` with its 10,000 issues under 100 epics, `BIG-20001` to `BIG-20100`, 100 activities each. */
  function withEpics(generation: string, edited: ReadonlyMap<string, number> = new Map()) {
    const made = analysis(generation, edited);
    const epic = (i: number) => `BIG-${20_001 + Math.floor(i / 100)}`;
    const summaries = Array.from({ length: 100 }, (_, e) => ({
      key: epic(e * 100), summary: `Epic ${e}`, type: 'Epic', status: 'To Do', statusCategory: 'todo' as const, parentKey: null, activityCount: 100, durationDays: 100,
      earlyStart: '2026-11-16', earlyFinish: '2027-04-01', lateStart: '2026-11-16', lateFinish: '2027-04-01', totalSlackDays: 0, critical: true, nearCritical: false,
    }));
    return { ...made, schedule: { ...made.schedule, nodes: made.schedule.nodes.map((n, i) => ({ ...n, parentKey: epic(i) })), summaries } };
  }
  /** The stray chunks that are summary buckets' (an epic's entry holds its activities' keys). */
  const summaryChunks = (kvs: ReturnType<typeof countingKvs>, keys: readonly string[]) => keys.filter((k) => String(kvs.values.get(k)).includes('"activityKeys"'));

  it('names them in the manifest after the nodes’ buckets, and an edit of an activity an epic lists rewrites its one summary bucket', async () => {
    const kvs = countingKvs();
    const first = await saveAnalysis(kvs.store, 'BIG', withEpics('g1'), { reuse: true });
    expect(first.index?.summaryChunks).toHaveLength(64);
    expect(first.index?.hashes).toHaveLength((first.index?.chunks.length ?? 0) + 64);
    const summaryHashes = new Set(first.index?.hashes?.slice(first.index.chunks.length).flat());
    const second = await saveAnalysis(kvs.store, 'BIG', withEpics('g2', new Map([['BIG-10', 9]])), { reuse: true });
    const written = (second.index?.hashes?.slice(second.index.chunks.length).flat() ?? []).filter((h) => !summaryHashes.has(h));
    expect(written, 'the summary bucket of BIG-20001, which lists BIG-10').toHaveLength(1);
    expect(await kvs.stray()).toEqual([]);
  });

  it('collects a new summary bucket a writer killed before the flip wrote, and one it superseded when killed after', async () => {
    const kvs = countingKvs();
    await saveAnalysis(kvs.store, 'BIG', withEpics('g1'), { reuse: true });
    kvs.kill((op, key) => op === 'set' && key.endsWith(':manifest'));
    await expect(saveAnalysis(kvs.store, 'BIG', withEpics('g2', new Map([['BIG-10', 9]])), { reuse: true })).rejects.toThrow('killed');
    kvs.kill(null);
    expect(summaryChunks(kvs, await kvs.stray()), 'the new summary bucket, not in force').toHaveLength(1);
    await saveAnalysis(kvs.store, 'BIG', withEpics('g3'), { reuse: true });
    expect(await kvs.stray()).toEqual([]);

    kvs.kill((op, key) => op === 'delete' && key.includes(':c:'));
    await expect(saveAnalysis(kvs.store, 'BIG', withEpics('g4', new Map([['BIG-10', 9]])), { reuse: true })).rejects.toThrow('killed');
    kvs.kill(null);
    expect(summaryChunks(kvs, await kvs.stray()), 'the superseded summary bucket').toHaveLength(1);
    await collectDeadWriter(kvs.store, 'BIG');
    expect(await kvs.stray()).toEqual([]);
  });
});
