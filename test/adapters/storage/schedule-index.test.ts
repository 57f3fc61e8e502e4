/** The stored schedule's per-issue index: each node with the links that touch it and its cycles, a bucket read once. */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { ScheduleEdge, ScheduleNode, ScheduleSummary } from '../../../src/contract';
import { ANALYSIS_CHUNK_BYTES, analysisChunks } from '../../../src/adapters/storage/analysis-chunks';
import { bucketCount, bucketOf, saveScheduleIndex, scheduleIndexReader, scheduleIndexTexts, summaryBucketCount } from '../../../src/adapters/storage/schedule-index';

function memoryStore() {
  const values = new Map<string, unknown>();
  let gets = 0;
  return {
    values,
    gets: () => gets,
    get: (key: string) => {
      gets += 1;
      return Promise.resolve(values.get(key));
    },
    set: (key: string, value: unknown) => Promise.resolve(void values.set(key, value)),
    delete: (key: string) => Promise.resolve(void values.delete(key)),
  };
}

const node = (key: string): ScheduleNode => ({
  key,
  summary: `Work ${key}`,
  type: 'Task',
  status: 'To Do',
  statusCategory: 'todo',
  projectKey: key.split('-')[0] ?? '',
  parentKey: null,
  assignee: null,
  external: false,
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
  drivingPredecessor: null,
});
const summary = (key: string, activityCount: number): ScheduleSummary => ({
  key,
  summary: `Epic ${key}`,
  type: 'Epic',
  status: 'To Do',
  statusCategory: 'todo',
  parentKey: null,
  activityCount,
  durationDays: 1,
  earlyStart: '2026-11-16',
  earlyFinish: '2026-11-16',
  lateStart: '2026-11-16',
  lateFinish: '2026-11-16',
  totalSlackDays: 0,
  critical: true,
  nearCritical: false,
});
const edge = (from: string, to: string): ScheduleEdge => ({ linkId: `${from}>${to}`, linkType: 'Blocks', from, to, kind: 'FS', lagDays: 0, critical: false, ignored: false, inCycle: false });

describe('the per-issue index', () => {
  it('keeps its bucket count while the scope grows by less than double, so one new issue rewrites one bucket', () => {
    expect([1, 100, 101, 200, 201, 300, 301, 400, 401, 51_200, 51_201].map(bucketCount)).toEqual([1, 1, 2, 2, 4, 4, 4, 4, 8, 512, 1024]);
    const keys = Array.from({ length: 300 }, (_, i) => `PAY-${i + 1}`);
    const before = scheduleIndexTexts({ nodes: keys.map(node), edges: [], cycles: [] }).buckets;
    const after = scheduleIndexTexts({ nodes: [...keys, 'PAY-301'].map(node), edges: [], cycles: [] }).buckets;
    expect(after).toHaveLength(before.length);
    expect(after.filter((text, bucket) => text !== before[bucket])).toHaveLength(1);
  });


  it('holds the summary tasks in buckets of their own (format 4): an unlisted activity’s edit leaves them as they were', () => {
    expect([0, 1, 2, 3, 4, 5, 244, 1_000].map(summaryBucketCount)).toEqual([0, 1, 1, 2, 2, 4, 128, 512]);
    const nodes = Array.from({ length: 300 }, (_, i) => ({ ...node(`PAY-${i + 1}`), parentKey: i < 60 ? 'PAY-900' : i < 120 ? 'PAY-901' : null }));
    const summaries = [summary('PAY-900', 60), summary('PAY-901', 60), summary('PAY-902', 0)];
    const before = scheduleIndexTexts({ nodes, edges: [], cycles: [], summaries });
    expect(before.summaries).toHaveLength(2);
    for (const text of before.buckets) expect(Object.values(JSON.parse(text) as Record<string, object>).every((e) => 'node' in e), 'nodes alone').toBe(true);
    expect(Object.keys(JSON.parse(before.summaries[bucketOf('PAY-900', 2)] ?? '{}') as object)).toContain('PAY-900');
    // PAY-55 is the 55th of PAY-900's activities: its panel lists the first 50.
    const renamed = (key: string) => nodes.map((n) => (n.key === key ? { ...n, summary: 'Renamed' } : n));
    const unlisted = scheduleIndexTexts({ nodes: renamed('PAY-55'), edges: [], cycles: [], summaries });
    expect(unlisted.summaries).toEqual(before.summaries);
    expect(unlisted.buckets.filter((text, b) => text !== before.buckets[b])).toHaveLength(1);
    const listed = scheduleIndexTexts({ nodes: renamed('PAY-5'), edges: [], cycles: [], summaries });
    expect(listed.summaries.filter((text, b) => text !== before.summaries[b]), 'the bucket of PAY-900, whose panel lists PAY-5').toEqual([listed.summaries[bucketOf('PAY-900', 2)]]);
  });

  it('reads a summary task from the nodes’ buckets of an index stored before format 4, and answers none from them in format 4', async () => {
    const nodes = Array.from({ length: 150 }, (_, i) => ({ ...node(`PAY-${i + 1}`), parentKey: i < 3 ? 'PAY-900' : null }));
    const schedule = { nodes, edges: [], cycles: [], summaries: [summary('PAY-900', 3)] };
    const store = memoryStore();
    const index = await saveScheduleIndex(store, 'PAY', 'g1', schedule);
    const current = await scheduleIndexReader(store, 'PAY', 'g1', index).summary('PAY-900');
    expect(current?.activityKeys).toEqual(['PAY-1', 'PAY-2', 'PAY-3']);
    // The previous release reads the nodes' buckets alone: no summary task there, so it reads the whole schedule.
    expect(await scheduleIndexReader(store, 'PAY', 'g1', { chunks: index.chunks }).summary('PAY-900')).toBeUndefined();
    // Format 3: the summary task in its key's nodes' bucket.
    const texts = scheduleIndexTexts(schedule);
    const merged = texts.buckets.map((text) => JSON.parse(text) as Record<string, unknown>);
    for (const text of texts.summaries) for (const [key, entry] of Object.entries(JSON.parse(text) as Record<string, unknown>)) (merged[bucketOf(key, merged.length)] ?? {})[key] = entry;
    const old = memoryStore();
    for (const [b, bucket] of merged.entries()) await old.set(`schedule-analysis:PAY:g0:index:${b}:0`, JSON.stringify(bucket));
    expect(await scheduleIndexReader(old, 'PAY', 'g0', { chunks: merged.map(() => 1) }).summary('PAY-900')).toEqual(current);
  });

  it('hashes a key to the same bucket every time (FNV-1a)', () => {
    expect(bucketOf('BIG-2', 100)).toBe(bucketOf('BIG-2', 100));
    expect(bucketOf('', 7)).toBe(0x811c9dc5 % 7);
  });

  it('gives each issue its node, every link touching it and its cycles, reading only the buckets asked for', async () => {
    const nodes = Array.from({ length: 450 }, (_, i) => node(`PAY-${i + 1}`));
    const edges = [edge('PAY-1', 'PAY-2'), edge('PAY-2', 'PAY-3'), edge('PAY-3', 'PAY-2')];
    const cycle = { issueKeys: ['PAY-2', 'PAY-3'], suggestedCut: { linkId: 'PAY-3>PAY-2', fromKey: 'PAY-3', toKey: 'PAY-2', kind: 'FS' as const }, ignoredLinkIds: ['PAY-3>PAY-2'] };
    const store = memoryStore();
    const index = await saveScheduleIndex(store, 'PAY', 'g1', { nodes, edges, cycles: [cycle] });
    expect(index).toEqual({ chunks: [1, 1, 1, 1, 1, 1, 1, 1], summaryChunks: [], summaryKeys: [] });
    const reader = scheduleIndexReader(store, 'PAY', 'g1', index);
    const two = (await reader.get(['PAY-2']))?.get('PAY-2');
    expect(two?.node.key).toBe('PAY-2');
    expect(two?.edges.map((e) => e.linkId)).toEqual(['PAY-1>PAY-2', 'PAY-2>PAY-3', 'PAY-3>PAY-2']);
    expect(two?.cycles).toEqual([cycle]);
    expect((await reader.get(['PAY-1']))?.get('PAY-1')?.cycles).toEqual([]);
    const read = reader.calls();
    await reader.get(['PAY-2', 'PAY-1']);
    expect(reader.calls(), 'buckets already read are not read again').toBe(read);
    expect((await reader.get(['PAY-9999']))?.size).toBe(0);
  });

  it('answers null when a chunk of its generation is gone (replaced meanwhile)', async () => {
    const store = memoryStore();
    const index = await saveScheduleIndex(store, 'PAY', 'g1', { nodes: [node('PAY-1')], edges: [], cycles: [] });
    store.values.clear();
    expect(await scheduleIndexReader(store, 'PAY', 'g1', index).get(['PAY-1'])).toBeNull();
  });

  it('holds each summary task in its own key’s bucket, with its reach; a node is never answered as one', async () => {
    const nodes = [...Array.from({ length: 150 }, (_, i) => ({ ...node(`PAY-${i + 1}`), parentKey: i < 3 ? 'PAY-900' : null }))];
    const edges = [edge('PAY-1', 'PAY-2'), edge('PAY-100', 'PAY-1'), edge('PAY-3', 'PAY-101')];
    const store = memoryStore();
    const index = await saveScheduleIndex(store, 'PAY', 'g1', { nodes, edges, cycles: [], summaries: [summary('PAY-900', 3)] });
    expect(index.summaryChunks, 'one summary bucket').toEqual([1]);
    const reader = scheduleIndexReader(store, 'PAY', 'g1', index);
    expect(await reader.summary('PAY-900')).toEqual({
      summary: summary('PAY-900', 3),
      activityKeys: ['PAY-1', 'PAY-2', 'PAY-3'],
      outside: [
        { linkId: 'PAY-100>PAY-1', key: 'PAY-100' },
        { linkId: 'PAY-3>PAY-101', key: 'PAY-101' },
      ],
      // Each link named by the activity whose entry holds it, and its place there.
      links: [
        ['PAY-1', 1],
        ['PAY-3', 0],
      ],
      // Its panel's rows and links, so its panel reads no other bucket.
      panel: { nodes: ['PAY-1', 'PAY-100', 'PAY-101', 'PAY-2', 'PAY-3'].map((k) => nodes.find((n) => n.key === k)), edges: [edge('PAY-100', 'PAY-1'), edge('PAY-3', 'PAY-101')], others: [] },
    });
    expect(reader.calls(), 'its own bucket').toBe(1);
    expect((await reader.get(['PAY-1']))?.get('PAY-1')?.edges[1]).toEqual(edge('PAY-100', 'PAY-1'));
    expect(reader.calls(), 'and the node’s').toBe(2);
    expect(await reader.summary('PAY-1'), 'a node').toBeUndefined();
    expect((await reader.get(['PAY-900']))?.size, 'get answers nodes only').toBe(0);
    expect(index.summaryKeys).toEqual(['PAY-900']);
    const fresh = scheduleIndexReader(store, 'PAY', 'g1', index);
    expect((await fresh.get(['PAY-900']))?.size).toBe(0);
    expect(fresh.calls(), 'no nodes’ bucket read for a summary task: it is in none').toBe(0);
  });

  it('holds a summary task’s panel: the rows and links of the activities it lists, and only key, project and parent of other outside issues', () => {
    const nodes = Array.from({ length: 60 }, (_, i) => ({ ...node(`PAY-${i + 1}`), parentKey: 'PAY-900' }));
    const outside = [{ ...node('OPS-1'), parentKey: 'OPS-50' }, node('OPS-2')];
    // PAY-1 to PAY-50 are listed (the first 50 in schedule order), PAY-55 is not.
    const edges = [edge('OPS-2', 'PAY-1'), edge('PAY-55', 'OPS-1'), edge('OPS-2', 'PAY-55')];
    const texts = scheduleIndexTexts({ nodes: [...nodes, ...outside], edges, cycles: [], summaries: [summary('PAY-900', 60)] });
    const entry = (JSON.parse(texts.summaries[bucketOf('PAY-900', texts.summaries.length)] ?? '') as Record<string, { panel?: unknown }>)['PAY-900'];
    expect(entry?.panel).toEqual({
      // In key order: OPS-2, then PAY-1, PAY-10, ... as strings sort.
      nodes: [node('OPS-2'), ...nodes.slice(0, 50).sort((a, b) => (a.key < b.key ? -1 : 1))],
      edges: [edge('OPS-2', 'PAY-1')],
      others: [['OPS-1', 'OPS', 'OPS-50']],
    });
  });

  it('cuts the bucket of an epic of 5,000 activities into chunks under the value limit; its panel stays the size of the 50 listed', async () => {
    const n = 5000;
    const nodes = Array.from({ length: n }, (_, i) => ({ ...node(`BIG-${i + 1}`), parentKey: 'BIG-9000' }));
    const outside = Array.from({ length: n }, (_, i) => node(`OPS-${i + 1}`));
    const edges = nodes.flatMap((a, i) => [edge(a.key, `OPS-${i + 1}`), edge(`OPS-${((i + 7) % n) + 1}`, a.key)]);
    const schedule = { nodes: [...nodes, ...outside], edges, cycles: [], summaries: [summary('BIG-9000', n)] };
    const texts = scheduleIndexTexts(schedule);
    const epic = texts.summaries[bucketOf('BIG-9000', texts.summaries.length)] ?? '';
    type Entry = { activityKeys?: string[]; outside?: unknown[]; links?: unknown[]; panel?: { nodes: unknown[]; edges: unknown[]; others: unknown[] } };
    const entry = (JSON.parse(epic) as Record<string, Entry>)['BIG-9000'];
    expect(entry?.activityKeys).toHaveLength(n);
    expect(entry?.outside).toHaveLength(2 * n);
    expect(entry?.links, 'the links of the 50 activities listed').toHaveLength(100);
    // The 50 listed link to OPS-1..50 and OPS-8..57.
    expect(entry?.panel?.nodes, 'the 50 listed and the 57 outside issues they link to').toHaveLength(107);
    expect(entry?.panel?.edges).toHaveLength(100);
    expect(entry?.panel?.others).toHaveLength(n - 57);
    expect(Buffer.byteLength(JSON.stringify(entry)), 'the entry, in bytes').toBeLessThan(800_000);
    for (const chunk of analysisChunks(epic)) expect(Buffer.byteLength(JSON.stringify(chunk))).toBeLessThanOrEqual(ANALYSIS_CHUNK_BYTES);
    const store = memoryStore();
    const index = await saveScheduleIndex(store, 'BIG', 'g1', schedule);
    const reader = scheduleIndexReader(store, 'BIG', 'g1', index);
    expect((await reader.summary('BIG-9000'))?.panel?.nodes).toHaveLength(107);
    expect(reader.calls(), 'the chunks of one bucket').toBe(index.summaryChunks[bucketOf('BIG-9000', index.summaryChunks.length)]);
    expect(reader.calls(), 'in chunks').toBeGreaterThan(1);
  });
});
