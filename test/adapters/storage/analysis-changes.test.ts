import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { AnalysisKvs } from '../../../src/adapters/storage/analysis-store';
import { collectAnalysisChanges, markChangesTaken, openNextEpoch, recordAnalysisChange } from '../../../src/adapters/storage/analysis-changes';

/** A map store; with `query`, KVS's prefix query as well (else the one-process fallback lists the keys). */
function mapStore(query = true): { store: AnalysisKvs; values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  const store: AnalysisKvs = {
    get: (key) => Promise.resolve(values.get(key)),
    set: (key, value) => Promise.resolve(void values.set(key, value)),
    delete: (key) => Promise.resolve(void values.delete(key)),
    ...(query
      ? {
          queryPrefix: (prefix: string, cursor?: string) => {
            const keys = [...values.keys()].filter((k) => k.startsWith(prefix) && (cursor === undefined || k > cursor)).sort();
            const page = keys.slice(0, 2);
            return Promise.resolve({ results: page.map((key) => ({ key, value: values.get(key) })), nextCursor: keys.length > 2 ? page.at(-1) : undefined });
          },
        }
      : {}),
  };
  return { store, values };
}

/** A refresh's start and success: open an epoch, list the closed ones, mark them taken. */
async function refresh(store: AnalysisKvs): Promise<string[]> {
  const epochs = await openNextEpoch(store, 'PAY');
  const heard = await collectAnalysisChanges(store, 'PAY', epochs, 100);
  await markChangesTaken(store, 'PAY');
  return heard.touchedIssueIds;
}

describe('recorded analysis changes', () => {
  it('are listed by the next refresh, and by none after it, in pages', async () => {
    for (const query of [true, false]) {
      const { store } = mapStore(query);
      for (const id of ['1', '2', '3', '4', '5']) await recordAnalysisChange(store, 'PAY', 0, { touched: [id], deleted: [], full: false });
      expect((await refresh(store)).sort()).toEqual(['1', '2', '3', '4', '5']);
      expect(await refresh(store)).toEqual([]);
    }
  });

  it('are written again into the new epoch when a refresh opened it between the write and its check', async () => {
    const { store } = mapStore();
    let interleaved: string[] | null = null;
    const racing: AnalysisKvs = {
      ...store,
      set: async (key, value) => {
        await store.set(key, value);
        // The refresh starts, lists and stores right after the trigger's first write landed, before its check.
        if (key.startsWith('analysis-change:') && interleaved === null) interleaved = await refresh(store);
      },
    };
    await recordAnalysisChange(racing, 'PAY', 0, { touched: ['7'], deleted: [], full: false });
    expect(interleaved).toEqual(['7']);
    // The write checked after the refresh had opened epoch 1 is there for the next refresh too (seen twice, never lost).
    expect(await refresh(store)).toEqual(['7']);
  });

  it('are not lost when the write lands after the refresh listed its epoch', async () => {
    const { store } = mapStore();
    // The trigger read epoch 0; the refresh opens 1 and lists 0 (empty) before the trigger writes into 0.
    const epochs = await openNextEpoch(store, 'PAY');
    expect(await collectAnalysisChanges(store, 'PAY', epochs, 100)).toMatchObject({ touchedIssueIds: [] });
    await recordAnalysisChange(store, 'PAY', 0, { touched: ['8'], deleted: [], full: false });
    await markChangesTaken(store, 'PAY');
    expect(await refresh(store)).toEqual(['8']);
  });

  it('stay for the refresh after one that failed (never marked taken)', async () => {
    const { store } = mapStore();
    await recordAnalysisChange(store, 'PAY', 0, { touched: ['9'], deleted: [], full: false });
    await collectAnalysisChanges(store, 'PAY', await openNextEpoch(store, 'PAY'), 100);
    await recordAnalysisChange(store, 'PAY', 1, { touched: ['10'], deleted: [], full: false });
    expect((await refresh(store)).sort()).toEqual(['10', '9']);
  });

  it('ask for a full read past the ids a refresh may read one by one', async () => {
    const { store } = mapStore();
    for (let id = 0; id < 5; id++) await recordAnalysisChange(store, 'PAY', 0, { touched: [String(id)], deleted: [], full: false });
    expect(await collectAnalysisChanges(store, 'PAY', await openNextEpoch(store, 'PAY'), 4)).toEqual({ touchedIssueIds: [], deletedIssueIds: [], fullRefresh: true });
  });
});
