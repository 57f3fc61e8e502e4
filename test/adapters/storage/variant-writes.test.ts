/**
 * A dead outside-variant writer's chunks (variant-writes.ts): recorded before the first write, collected by a
 * refresh once the writer is surely dead (20 minutes: past any invocation), kept while the writer may be alive or
 * when its manifest flipped. The writer dies here when the flip (the manifest's write) throws.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { loadAnalysisManifest, saveAnalysis, type AnalysisKvs } from '../../../src/adapters/storage/analysis-store';
import { clearVariantWrite, collectDeadVariantWriters, recordVariantWrite } from '../../../src/adapters/storage/variant-writes';
import type { ScheduleResult } from '../../../src/contract';

const VARIANT = 'BIG#xabc123';
const AT = '2026-11-16T09:00:00.000Z';
const minutesAfter = (minutes: number) => new Date(Date.parse(AT) + minutes * 60_000).toISOString();

function memoryKvs(dies: (key: string) => boolean = () => false) {
  const values = new Map<string, unknown>();
  const store: AnalysisKvs = {
    get: (key) => Promise.resolve(values.get(key)),
    set: (key, value) => (dies(key) ? Promise.reject(new Error('killed')) : (values.set(key, value), Promise.resolve())),
    delete: (key) => (values.delete(key), Promise.resolve()),
  };
  const chunks = () => [...values.keys()].filter((k) => k.startsWith(`schedule-analysis:${VARIANT}:c:`));
  return { store, values, chunks };
}

const schedule: Omit<ScheduleResult, 'background'> = {
  project: { key: 'BIG', name: 'Big' }, scopeJql: 'project = "BIG"', asOf: '2026-11-16', projectStart: '2026-11-16', projectFinish: '2027-03-01',
  durationDays: 75, nearCriticalDays: 5, nodes: [], edges: [], cycles: [], findings: [],
};

/** Stores the variant of `generation` as compute-outside-variant.ts does: recorded first, the record cleared after the flip. */
async function writeVariant(store: AnalysisKvs, generation: string): Promise<void> {
  const beforeWrite = (written: readonly string[]) => recordVariantWrite(store, 'BIG', { variantKey: VARIANT, generation, written: [...written], at: AT });
  await saveAnalysis(store, VARIANT, { generation, computedAt: AT, lastSync: AT, settingsHash: 'h1', issues: [], schedule, issueCount: 0 }, { beforeWrite });
  await clearVariantWrite(store, 'BIG', { variantKey: VARIANT, generation });
}

describe('collectDeadVariantWriters', () => {
  it('deletes what a writer that died before its flip wrote, once it is surely dead, and its record', async () => {
    const kvs = memoryKvs((key) => key.endsWith(':manifest'));
    await expect(writeVariant(kvs.store, 'g1')).rejects.toThrow('killed');
    expect(kvs.chunks().length).toBeGreaterThan(0);
    // Ten minutes on, the writer may still be running: nothing is touched.
    expect(await collectDeadVariantWriters(kvs.store, 'BIG', minutesAfter(10))).toBe(0);
    expect(kvs.chunks().length).toBeGreaterThan(0);
    const left = kvs.chunks().length;
    expect(await collectDeadVariantWriters(kvs.store, 'BIG', minutesAfter(25))).toBe(left);
    expect(kvs.chunks()).toEqual([]);
    expect([...kvs.values.keys()].filter((k) => k.startsWith('variant-write:'))).toEqual(['variant-write:BIG:#listed']);
    expect(kvs.values.get('variant-write:BIG:#listed')).toEqual([]);
  });

  it('keeps what a writer that died after its flip wrote: the manifest in force uses it', async () => {
    const kvs = memoryKvs();
    // Died before it cleared its record: the flip landed.
    await saveAnalysis(kvs.store, VARIANT, { generation: 'g1', computedAt: AT, lastSync: AT, settingsHash: 'h1', issues: [], schedule, issueCount: 0 }, {
      beforeWrite: (written) => recordVariantWrite(kvs.store, 'BIG', { variantKey: VARIANT, generation: 'g1', written: [...written], at: AT }),
    });
    const stored = kvs.chunks();
    expect(await collectDeadVariantWriters(kvs.store, 'BIG', minutesAfter(25))).toBe(0);
    expect(kvs.chunks()).toEqual(stored);
    expect((await loadAnalysisManifest(kvs.store, VARIANT))?.generation).toBe('g1');
    expect(kvs.values.get('variant-write:BIG:#listed')).toEqual([]);
  });

  it('a writer that finished leaves no record; a dead one of an older generation loses its chunks, not the new one\'s', async () => {
    const kvs = memoryKvs((key) => key.endsWith(':manifest') && kvs.values.get('die') === true);
    kvs.values.set('die', true);
    await expect(writeVariant(kvs.store, 'g1')).rejects.toThrow('killed');
    kvs.values.set('die', false);
    await writeVariant(kvs.store, 'g2');
    expect(kvs.values.get('variant-write:BIG:#listed')).toEqual([`variant-write:BIG:${VARIANT}:g1`]);
    await collectDeadVariantWriters(kvs.store, 'BIG', minutesAfter(25));
    const inForce = await loadAnalysisManifest(kvs.store, VARIANT);
    expect(kvs.chunks().every((k) => k.includes(':c:g2.'))).toBe(true);
    expect(kvs.chunks().length).toBeGreaterThan(0);
    expect(inForce?.generation).toBe('g2');
  });
});
