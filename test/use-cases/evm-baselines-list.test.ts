/** `baselines/list` as one viewer sees it: the baseline was read as the app, the totals are the viewer's. */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { saveBaseline, type BaselineKvs, type StoredBaseline } from '../../src/adapters/storage/baseline-store';
import { listEvmBaselines, type BaselinePorts } from '../../src/use-cases/evm-baselines';

function memoryKvs(): BaselineKvs & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return {
    values,
    get: (key) => Promise.resolve(values.get(key)),
    set: (key, value) => Promise.resolve(void values.set(key, value)),
    delete: (key) => Promise.resolve(void values.delete(key)),
    queryPrefix: (prefix) => Promise.resolve({ results: [...values].filter(([key]) => key.startsWith(prefix)).map(([key, value]) => ({ key, value })) }),
  };
}

// PAY-1 (100) and PAY-2 (50) in PAY, PLAT-7 (20) in Platform, which Aiko may not browse.
const plan: StoredBaseline = {
  name: 'kickoff',
  createdAt: '2026-11-16T09:00:00.000Z',
  createdBy: 'acc-priya',
  projectStart: '2026-11-02',
  entries: [['PAY-1', 100, '2026-11-02', '2026-11-06'], ['PAY-2', 50, null, null], ['PLAT-7', 20, null, null]],
};
const ports = (store: BaselineKvs, platform: boolean): BaselinePorts => ({ store, may: () => Promise.resolve(true), mayBrowseProject: (key) => Promise.resolve(key !== 'PLAT' || platform) });

describe('issue 12, robustness: redaction covers totals (baselines/list totals only over entries the viewer can see)', () => {
  it('counts PLAT-7 for Priya, not for Aiko, for a baseline saved now and one saved before the per-project totals', async () => {
    const store = memoryKvs();
    await saveBaseline(store, 'PAY', plan);
    const totals = async (platform: boolean) => (await listEvmBaselines(ports(store, platform), 'PAY')).baselines.map((b) => [b.issueCount, b.bac]);
    expect(await totals(true)).toEqual([[3, 170]]);
    expect(await totals(false)).toEqual([[2, 150]]);
    const head = store.values.get('evm-baselines:PAY:kickoff') as Record<string, unknown>;
    store.values.set('evm-baselines:PAY:kickoff', { ...head, byProject: undefined });
    expect(await totals(false)).toEqual([[2, 150]]);
    expect(JSON.stringify(await listEvmBaselines(ports(store, false), 'PAY'))).not.toContain('PLAT');
  });
});
