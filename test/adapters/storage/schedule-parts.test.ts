/**
 * Issue #11, refresh CPU: a stored schedule's parts (schedule-parts.ts) are made again only when the schedule's
 * fingerprint is not the one the previous generation recorded. The same schedule: the previous chunks are named
 * and its views are not made (the function that makes them is not called); another schedule, a manifest without a
 * fingerprint, or a writer whose chunks are named by generation: they are made, and name what making them gives.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { saveAnalysis, type AnalysisKvs, type AnalysisManifest } from '../../../src/adapters/storage/analysis-store';
import { scheduleFingerprint } from '../../../src/adapters/storage/schedule-parts';
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

const schedule = (summary: string, count = 300): Omit<ScheduleResult, 'background'> => ({
  project: { key: 'BIG', name: 'Programme' },
  scopeJql: 'project = "BIG"',
  asOf: '2026-11-16',
  projectStart: '2026-11-16',
  projectFinish: '2027-03-01',
  durationDays: 74,
  nearCriticalDays: 2,
  nodes: Array.from({ length: count }, (_, i) => node(`BIG-${i + 1}`, { summary: i === 7 ? summary : `Task ${i}` })),
  edges: [],
  cycles: [],
  findings: [],
});

/** Saves `s` as generation `generation`; answers the manifest and how often the views were made. */
async function save(store: AnalysisKvs, generation: string, s: Omit<ScheduleResult, 'background'>, reuse = true): Promise<{ manifest: AnalysisManifest; viewsMade: number }> {
  let viewsMade = 0;
  const views = () => {
    viewsMade++;
    return storedViews(s);
  };
  const manifest = await saveAnalysis(store, 'BIG', { generation, computedAt: '2026-11-16T08:00:00.000Z', lastSync: '2026-11-16T08:00:00.000Z', settingsHash: 'h', issues: [], schedule: s, views }, { reuse });
  return { manifest, viewsMade };
}

const named = (m: AnalysisManifest) => ({ parts: m.parts.map((p) => p.hashes), index: m.index, views: m.views, groups: m.groups });

describe('the parts of a stored schedule', () => {
  it('are the previous ones, views not made, when the schedule is the same', async () => {
    const store = memoryKvs();
    const first = await save(store, 'g1', schedule('Same'));
    expect(first.viewsMade).toBe(1);
    expect(first.manifest.scheduleHash).toBe(scheduleFingerprint(schedule('Same')));
    const second = await save(store, 'g2', schedule('Same'));
    expect(second.viewsMade, 'views made again').toBe(0);
    expect(second.manifest.generation).toBe('g2');
    expect(named(second.manifest)).toEqual(named(first.manifest));
  });

  it('are made again when one node differs, and name what making them gives', async () => {
    const store = memoryKvs();
    const first = await save(store, 'g1', schedule('Before'));
    const second = await save(store, 'g2', schedule('After'));
    expect(second.viewsMade).toBe(1);
    expect(second.manifest.scheduleHash).not.toBe(first.manifest.scheduleHash);
    const fresh = await save(memoryKvs(), 'g9', schedule('After'));
    expect(named(second.manifest)).toEqual(named(fresh.manifest));
  });

  it('are made again after a manifest without a fingerprint, and by a writer that names chunks by generation', async () => {
    const store = memoryKvs();
    const first = await save(store, 'g1', schedule('Same'));
    store.values.set('schedule-analysis:BIG:manifest', { ...first.manifest, scheduleHash: undefined });
    const second = await save(store, 'g2', schedule('Same'));
    expect(second.viewsMade).toBe(1);
    expect(named(second.manifest)).toEqual(named(first.manifest));
    const variant = await save(store, 'g3', schedule('Same'), false);
    expect(variant.viewsMade).toBe(1);
    expect(variant.manifest.scheduleHash).toBeUndefined();
    expect(variant.manifest.parts.every((p) => (p.hashes ?? []).every((h) => h.startsWith('g3.')))).toBe(true);
  });

  it('fingerprint every value of the schedule: a link, a finding, the status date', () => {
    const base = schedule('Same');
    const print = scheduleFingerprint(base);
    expect(scheduleFingerprint({ ...base, asOf: '2026-11-17' })).not.toBe(print);
    expect(scheduleFingerprint({ ...base, findings: [{ kind: 'dependency-cycle', severity: 'warning', title: 't', advice: 'a', issueKeys: [], details: [], count: 1 }] })).not.toBe(print);
    expect(scheduleFingerprint({ ...base, edges: [{ linkId: '1', linkType: 'Blocks', from: 'BIG-1', to: 'BIG-2', kind: 'FS', lagDays: 0, critical: false, ignored: false, inCycle: false }] })).not.toBe(print);
    expect(scheduleFingerprint({ ...base, nodes: base.nodes.map((n, i) => (i === 0 ? { ...n, totalSlackDays: n.totalSlackDays + 1 } : n)) })).not.toBe(print);
    expect(scheduleFingerprint(schedule('Same'))).toBe(print);
  });
});
