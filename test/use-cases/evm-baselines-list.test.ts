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

describe('issue 11: baselines/list totals leave out entries Jira hides from the viewer by a security level', () => {
  // PAY-2 (50) is under a level: the worked example of baseline-list-totals.ts.
  const leveled = (store: BaselineKvs, hidden: ReadonlySet<string> | null): BaselinePorts => ({ ...ports(store, false), keysHiddenByLevel: () => Promise.resolve(hidden) });

  it('counts PAY-2 for a member of the level, not for a viewer outside it, with or without per-project totals', async () => {
    const store = memoryKvs();
    await saveBaseline(store, 'PAY', plan);
    const totals = async (hidden: ReadonlySet<string>) => (await listEvmBaselines(leveled(store, hidden), 'PAY')).baselines.map((b) => [b.issueCount, b.bac, b.note]);
    expect(await totals(new Set())).toEqual([[2, 150, undefined]]);
    expect(await totals(new Set(['PAY-2', 'PAY-99']))).toEqual([[1, 100, undefined]]);
    const head = store.values.get('evm-baselines:PAY:kickoff') as Record<string, unknown>;
    store.values.set('evm-baselines:PAY:kickoff', { ...head, byProject: undefined });
    expect(await totals(new Set(['PAY-2']))).toEqual([[1, 100, undefined]]);
  });

  it("leaves a project out, and says so, when Keel cannot tell which of its secured issues the viewer sees", async () => {
    const store = memoryKvs();
    await saveBaseline(store, 'PAY', plan);
    const [listed] = (await listEvmBaselines(leveled(store, null), 'PAY')).baselines;
    expect(listed).toMatchObject({ issueCount: 0, bac: 0 });
    expect(listed?.note).toMatch(/Some issues of PAY are under an issue security level .* left out of these totals/);
  });
});
