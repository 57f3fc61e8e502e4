import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { deleteBaseline, listBaselines, loadBaseline, saveBaseline, type BaselineKvs, type StoredBaseline } from '../../../src/adapters/storage/baseline-store';
import { MAX_VALUE_BYTES } from '../../sandbox/forge/kvs-limits';

/** An in-memory store that refuses what Forge storage refuses: values over 240 KiB. */
function memoryKvs(): BaselineKvs & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return {
    values,
    get: (key) => Promise.resolve(values.get(key)),
    queryPrefix: (prefix) => Promise.resolve({ results: [...values].filter(([key]) => key.startsWith(prefix)).sort(([a], [b]) => a.localeCompare(b)).map(([key, value]) => ({ key, value })) }),
    set: (key, value) => {
      const bytes = Buffer.byteLength(JSON.stringify(value));
      if (bytes > MAX_VALUE_BYTES) return Promise.reject(new Error(`${key}: ${bytes} bytes is over the limit`));
      values.set(key, value);
      return Promise.resolve();
    },
    delete: (key) => {
      values.delete(key);
      return Promise.resolve();
    },
  };
}

const baseline = (name: string, count: number): StoredBaseline => ({
  name,
  createdAt: '2026-11-16T09:00:00.000Z',
  createdBy: 'acc-priya',
  projectStart: '2026-09-21',
  entries: Array.from({ length: count }, (_, i): StoredBaseline['entries'][number] => [`PAY-${i + 1}`, 100 * (i % 7), '2026-10-01', i % 5 === 0 ? null : '2026-10-09']),
});

describe('baseline store', () => {
  it('stores a baseline of 20 000 issues in chunks under the value limit and reads it back whole', async () => {
    const store = memoryKvs();
    const big = baseline('kickoff', 20_000);
    const summary = await saveBaseline(store, 'PAY', big);
    expect(summary).toMatchObject({ name: 'kickoff', issueCount: 20_000 });
    expect([...store.values.keys()].filter((k) => /^evm-baseline:PAY:kickoff:\d+$/.test(k)).length).toBeGreaterThan(5);
    expect(await loadBaseline(store, 'PAY', 'kickoff')).toEqual(big);
    expect(await listBaselines(store, 'PAY')).toEqual([
      { name: 'kickoff', createdAt: big.createdAt, createdBy: 'acc-priya', issueCount: 20_000, bac: summary.bac, byProject: { PAY: { issueCount: 20_000, bac: summary.bac } } },
    ]);
  });

  it('lists per project, deletes every chunk, and reads a missing or damaged baseline as null', async () => {
    const store = memoryKvs();
    await saveBaseline(store, 'PAY', baseline('a', 3));
    await saveBaseline(store, 'PAY', baseline('b', 3));
    await saveBaseline(store, 'WEB', baseline('a', 1));
    expect((await listBaselines(store, 'PAY')).map((b) => b.name)).toEqual(['a', 'b']);
    expect(await deleteBaseline(store, 'PAY', 'a')).toBe(true);
    expect(await deleteBaseline(store, 'PAY', 'a')).toBe(false);
    expect((await listBaselines(store, 'PAY')).map((b) => b.name)).toEqual(['b']);
    expect([...store.values.keys()].some((k) => k.startsWith('evm-baseline:PAY:a:'))).toBe(false);
    expect(await loadBaseline(store, 'WEB', 'a')).not.toBeNull();
    store.values.set('evm-baseline:PAY:b:0', 'not json');
    expect(await loadBaseline(store, 'PAY', 'b')).toBeNull();
    expect(await loadBaseline(store, 'PAY', 'nope')).toBeNull();
  });

  it('issue 12, robustness: baseline writes cannot lose each other (each save its own key, listed by prefix)', async () => {
    // A store whose every call yields first, so two saves interleave as two invocations do on Forge.
    const store = memoryKvs();
    const slow: BaselineKvs = {
      get: async (key) => (await tick(), store.get(key)),
      set: async (key, value) => (await tick(), store.set(key, value)),
      delete: async (key) => (await tick(), store.delete(key)),
      queryPrefix: async (prefix, cursor) => (await tick(), store.queryPrefix(prefix, cursor)),
    };
    await Promise.all([saveBaseline(slow, 'PAY', baseline('left', 2)), saveBaseline(slow, 'PAY', baseline('right', 2))]);
    expect((await listBaselines(store, 'PAY')).map((b) => b.name)).toEqual(['left', 'right']);
  });

  it('issue 12, robustness: reads the index of older versions, and never makes a key of a name no baseline can have', async () => {
    const store = memoryKvs();
    const old = baseline('old', 2);
    store.values.set('evm-baselines:PAY', ['old']);
    store.values.set('evm-baseline:PAY:old:head', { name: 'old', createdAt: old.createdAt, createdBy: 'acc-priya', chunks: 1, issueCount: 2, bac: 100 });
    store.values.set('evm-baseline:PAY:old:0', JSON.stringify(old));
    expect((await listBaselines(store, 'PAY')).map((b) => b.name)).toEqual(['old']);
    expect(await loadBaseline(store, 'PAY', 'old')).toEqual(old);
    expect(await deleteBaseline(store, 'PAY', 'old')).toBe(true);
    expect(await listBaselines(store, 'PAY')).toEqual([]);
    const asked: string[] = [];
    const spy: BaselineKvs = { ...store, get: (key) => (asked.push(key), store.get(key)) };
    expect(await loadBaseline(spy, 'PAY', 'a/b')).toBeNull();
    expect(await loadBaseline(spy, 'PAY', 'x'.repeat(600))).toBeNull();
    expect(asked).toEqual([]);
  });
});

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, Math.random() * 3));
