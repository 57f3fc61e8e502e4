import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { JiraIssue } from '../../../src/adapters/jira/jira-issue-schema';
import { loadAnalysis, loadAnalysisIssues, loadAnalysisManifest, loadStoredSchedule, manifestHashes, partChunkKey, saveAnalysis, type AnalysisKvs } from '../../../src/adapters/storage/analysis-store';
import type { ScheduleResult } from '../../../src/contract';
import { MAX_VALUE_BYTES } from '../../sandbox/forge/kvs-limits';

/** An in-memory store that refuses what Forge storage refuses (values over 240 KiB); `onSet` sees every write. */
function memoryKvs(onSet: (key: string) => Promise<void> = () => Promise.resolve()): AnalysisKvs & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return {
    values,
    get: (key) => Promise.resolve(values.get(key)),
    set: async (key, value) => {
      const bytes = Buffer.byteLength(JSON.stringify(value));
      if (bytes > MAX_VALUE_BYTES) throw new Error(`${key}: ${bytes} bytes is over the limit`);
      values.set(key, value);
      await onSet(key);
    },
    delete: (key) => {
      values.delete(key);
      return Promise.resolve();
    },
  };
}

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

// Quotes, control characters and non-Latin text: JSON escapes some of them, which makes a stored chunk grow.
const issues = (count: number, tag: string): JiraIssue[] =>
  Array.from({ length: count }, (_, i) => ({ id: String(10_000 + i), key: `BIG-${i + 1}`, fields: { summary: `${tag} "quoted"\u0001 支払い ${i}`, customfield_10016: i % 8 } }));

const schedule = (tag: string): Omit<ScheduleResult, 'background'> => ({
  project: { key: 'BIG', name: tag },
  scopeJql: 'project = "BIG"',
  asOf: '2026-11-16',
  projectStart: '2026-09-21',
  projectFinish: '2027-03-01',
  durationDays: 110,
  nearCriticalDays: 5,
  nodes: [],
  edges: [],
  cycles: [],
  findings: [],
});

const analysis = (generation: string, count: number) => ({ generation, computedAt: `2026-11-16T0${generation.length}:00:00.000Z`, lastSync: '2026-11-16T08:00:00.000Z', settingsHash: 'h1', issues: issues(count, generation), schedule: schedule(generation) });

describe('analysis store', () => {
  it('stores 20 000 issues in chunks under the value limit with a manifest, and reads them back whole', async () => {
    const store = memoryKvs();
    const saved = analysis('g1', 20_000);
    const manifest = await saveAnalysis(store, 'BIG', saved);
    expect(manifest).toMatchObject({ version: 1, generation: 'g1', issueCount: 20_000, scopeJql: 'project = "BIG"', lastSync: saved.lastSync });
    const chunks = manifest.parts.reduce((sum, p) => sum + p.chunks, 0);
    expect(chunks).toBeGreaterThan(10);
    expect(manifest.parts.filter((p) => p.kind === 'issues').length).toBeGreaterThan(5);
    // With the per-issue index's buckets (schedule-index.ts), which the manifest lists too.
    const indexChunks = manifest.index?.chunks.reduce((sum, n) => sum + n, 0) ?? 0;
    expect(indexChunks).toBeGreaterThan(0);
    // Each chunk under its content's hash (content-chunks.ts), and nothing else stored beside the manifest.
    expect(new Set([...store.values.keys()].filter((k) => k.startsWith('schedule-analysis:BIG:c:')))).toEqual(new Set([...manifestHashes(manifest)].map((h) => `schedule-analysis:BIG:c:${h}`)));
    expect(manifestHashes(manifest).size).toBeGreaterThan(chunks);
    const loaded = await loadAnalysis(store, 'BIG');
    expect(loaded?.issues).toEqual(saved.issues);
    expect(loaded?.schedule).toEqual(saved.schedule);
  });

  it('never shows a reader half of an update: the old analysis until the manifest flips, then the new one', async () => {
    const seenDuringWrite: (string | undefined)[] = [];
    let watching = false;
    const store = memoryKvs(async (key) => {
      if (watching && key.startsWith('schedule-analysis:BIG:c:')) seenDuringWrite.push((await loadAnalysis(store, 'BIG'))?.schedule.project.name);
    });
    await saveAnalysis(store, 'BIG', analysis('g1', 3000));
    watching = true;
    await saveAnalysis(store, 'BIG', analysis('g2', 3000));
    watching = false;
    expect(seenDuringWrite.length).toBeGreaterThan(1);
    expect(new Set(seenDuringWrite)).toEqual(new Set(['g1']));
    expect((await loadAnalysis(store, 'BIG'))?.schedule.project.name).toBe('g2');
    // The old generation's chunks are gone once nobody can be sent to them.
    const inForce = manifestHashes(must(await loadAnalysisManifest(store, 'BIG')));
    expect([...store.values.keys()].filter((k) => k.startsWith('schedule-analysis:BIG:c:') && !inForce.has(k.slice('schedule-analysis:BIG:c:'.length)))).toEqual([]);
  });

  it('reads again when a writer replaced the generation it had started on', async () => {
    const store = memoryKvs();
    await saveAnalysis(store, 'BIG', analysis('g1', 10));
    const stale = await loadAnalysisManifest(store, 'BIG');
    await saveAnalysis(store, 'BIG', analysis('g2', 10));
    let first = true;
    const racing: AnalysisKvs = {
      ...store,
      get: (key) => {
        if (key.endsWith(':manifest') && first) {
          first = false;
          return Promise.resolve(stale);
        }
        return store.get(key);
      },
    };
    expect((await loadAnalysis(racing, 'BIG'))?.manifest.generation).toBe('g2');
  });

  it('answers null for no analysis, a missing chunk, damaged text, or another version', async () => {
    const store = memoryKvs();
    expect(await loadAnalysis(store, 'BIG')).toBeNull();
    const issuesChunk = partChunkKey('BIG', await saveAnalysis(store, 'BIG', analysis('g1', 10)), 1, 0);
    store.values.set(issuesChunk, '[{"id": ');
    expect(await loadAnalysis(store, 'BIG')).toBeNull();
    store.values.set(issuesChunk, '[{"id": 1}]');
    expect(await loadAnalysis(store, 'BIG')).toBeNull();
    store.values.delete(issuesChunk);
    expect(await loadAnalysis(store, 'BIG')).toBeNull();
    await saveAnalysis(store, 'BIG', analysis('g3', 10));
    store.values.set('schedule-analysis:BIG:manifest', { ...(await loadAnalysisManifest(store, 'BIG')), version: 2 });
    expect(await loadAnalysis(store, 'BIG')).toBeNull();
  });

  it('reads only the manifest and the issues for an incremental refresh, never the schedule parts', async () => {
    const store = memoryKvs();
    const saved = analysis('g1', 4500);
    const manifest = await saveAnalysis(store, 'BIG', saved);
    const read: string[] = [];
    const watched: AnalysisKvs = { ...store, get: (key) => (read.push(key), store.get(key)) };
    const loaded = await loadAnalysisIssues(watched, 'BIG');
    expect(loaded?.manifest.generation).toBe('g1');
    expect(loaded?.issues).toEqual(saved.issues);
    // Part 0 is the schedule's head: damaged, it spoils the whole analysis but not its issues.
    expect(read.includes(partChunkKey('BIG', manifest, 0, 0))).toBe(false);
    store.values.set(partChunkKey('BIG', manifest, 0, 0), '{"project": 1}');
    expect(await loadAnalysis(store, 'BIG')).toBeNull();
    expect((await loadAnalysisIssues(store, 'BIG'))?.issues).toHaveLength(4500);
    store.values.set(partChunkKey('BIG', manifest, 2, 0), '[{"id": 1}]');
    expect(await loadAnalysisIssues(store, 'BIG')).toBeNull();
  });

  it('reads the manifest and the schedule for a reader, never the stored issues', async () => {
    const store = memoryKvs();
    const saved = analysis('g1', 4500);
    await saveAnalysis(store, 'BIG', saved);
    const read: string[] = [];
    const watched: AnalysisKvs = { ...store, get: (key) => (read.push(key), store.get(key)) };
    const loaded = await loadStoredSchedule(watched, 'BIG');
    expect(loaded?.schedule).toEqual(saved.schedule);
    const manifest = await loadAnalysisManifest(store, 'BIG');
    const issueParts = [...(manifest?.parts.entries() ?? [])].filter(([, p]) => p.kind === 'issues');
    expect(issueParts.length).toBeGreaterThan(0);
    const issueKeys = issueParts.flatMap(([i, p]) => Array.from({ length: p.chunks }, (_, n) => partChunkKey('BIG', must(manifest), i, n)));
    expect(read.filter((k) => issueKeys.includes(k))).toEqual([]);
  });
});
