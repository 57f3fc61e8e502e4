/**
 * The views stored with an analysis (schedule-views-store.ts): named in its manifest by their chunks' hashes, so
 * they flip with the generation and a replaced generation's views are deleted after the flip; a manifest without
 * views (stored before Keel kept them), or a chunk gone with its generation, reads as none.
 */
import { beforeEach, describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { loadAnalysisManifest, manifestHashes, saveAnalysis, type AnalysisKvs } from '../../../src/adapters/storage/analysis-store';
import { loadScheduleViews } from '../../../src/adapters/storage/schedule-views-store';
import { forgetWarmAnswers } from '../../../src/adapters/storage/warm-answers';
import type { ScheduleResult } from '../../../src/contract';
import { storedViews } from '../../../src/use-cases/schedule-views/stored-views';
import { node } from '../../use-cases/schedule-views/schedule-node-builder';

function memoryKvs(): AnalysisKvs & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return {
    values,
    get: (key) => Promise.resolve(values.get(key)),
    set: (key, value) => Promise.resolve(void values.set(key, value)),
    delete: (key) => Promise.resolve(void values.delete(key)),
  };
}

const schedule = (name: string, count: number): Omit<ScheduleResult, 'background'> => ({
  project: { key: 'BIG', name },
  scopeJql: 'project = "BIG"',
  asOf: '2026-11-16',
  projectStart: '2026-11-16',
  projectFinish: '2027-03-01',
  durationDays: 74,
  nearCriticalDays: 2,
  nodes: Array.from({ length: count }, (_, i) => node(`BIG-${i + 1}`, { summary: `${name} ${i}` })),
  edges: [],
  cycles: [],
  findings: [],
});

const save = (store: AnalysisKvs, generation: string, count: number, withViews = true) => {
  const s = schedule(generation, count);
  return saveAnalysis(store, 'BIG', { generation, computedAt: '2026-11-16T08:00:00.000Z', lastSync: '2026-11-16T08:00:00.000Z', settingsHash: 'h', issues: [], schedule: s, ...(withViews ? { views: storedViews(s) } : {}) }, { reuse: true });
};

beforeEach(() => forgetWarmAnswers());

describe('stored views', () => {
  it('are read back as built, and flip with the generation: the replaced views are deleted', async () => {
    const store = memoryKvs();
    const first = await save(store, 'g1', 30);
    expect(Object.keys(first.views ?? {}).sort()).toEqual(['access', 'get', 'groups', 'members', 'risks', 'rows', 'status', 'summary']);
    const read = await loadScheduleViews(store, 'BIG', first.views, ['access', 'rows']);
    expect(read).toEqual(JSON.parse(JSON.stringify({ access: storedViews(schedule('g1', 30)).access, rows: storedViews(schedule('g1', 30)).rows })));
    const second = await save(store, 'g2', 40);
    expect((await loadScheduleViews(store, 'BIG', second.views, ['rows']))?.rows.total).toBe(40);
    // Only what the manifest in force names is left: the first generation's views are gone with it.
    const stored = new Set([...store.values.keys()].filter((k) => k.includes(':c:')));
    expect(stored).toEqual(new Set([...manifestHashes(second)].map((h) => `schedule-analysis:BIG:c:${h}`)));
    forgetWarmAnswers();
    expect(await loadScheduleViews(store, 'BIG', first.views, ['rows'])).toBeNull();
  });

  it('read as none from a manifest without views', async () => {
    const store = memoryKvs();
    await save(store, 'g1', 5, false);
    const manifest = await loadAnalysisManifest(store, 'BIG');
    expect(manifest?.views).toBeUndefined();
    expect(await loadScheduleViews(store, 'BIG', manifest?.views, ['access'])).toBeNull();
  });
});
