/**
 * Issue #11: a stored baseline read for a viewer outside a security level. Worked example: the baseline starts on
 * 2026-01-05 with PAY-1 (under a level the viewer is not in); PAY-2 (theirs) starts 2026-03-02; PAY-3 was deleted
 * since; PLAT-4 is in a project they may not browse. They get PAY-2 only, one hidden entry (the deleted one: Jira
 * tells them nothing of PAY-1 or PLAT-4), and a plan that starts on 2026-03-02.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { StoredBaseline } from '../../src/adapters/storage/baseline-store';
import { storedPlan } from '../../src/use-cases/compare-baselines';
import type { EvmPorts } from '../../src/use-cases/evm-ports';
import type { Scope } from '../../src/use-cases/load-scope';

const stored: StoredBaseline = {
  name: 'B1',
  createdAt: '2026-01-01T00:00:00Z',
  createdBy: 'priya',
  projectStart: '2026-01-05',
  entries: [
    ['PAY-1', 100, '2026-01-05', '2026-01-09'],
    ['PAY-2', 100, '2026-03-02', '2026-03-06'],
    ['PAY-3', 50, '2026-04-01', '2026-04-03'],
    ['PLAT-4', 50, '2026-04-01', '2026-04-03'],
  ],
};
// Only what storedPlan reads: the project and the keys the viewer sees in scope.
const scope = { project: { key: 'PAY', name: 'Payments' }, items: [{ key: 'PAY-2' }] } as unknown as Scope;
const ports = { storedBaseline: () => Promise.resolve(stored) } as unknown as EvmPorts;
const mayBrowseProject = (key: string) => Promise.resolve(key === 'PAY');

describe('storedPlan for a viewer outside a security level', () => {
  it('counts only entries moved or deleted since, and starts the plan at their own earliest start', async () => {
    const plan = await storedPlan({ ...ports, mayBrowseProject, securedKeys: () => Promise.resolve(new Set(['PAY-1'])) }, scope, 'B1');
    expect(plan.entries.map((e) => e.key)).toEqual(['PAY-2']);
    expect(plan.hidden).toBe(1);
    expect(plan.projectStart).toBe('2026-03-02');
  });

  it('keeps the stored start when nothing Jira hides is left out', async () => {
    const plan = await storedPlan({ ...ports, mayBrowseProject: () => Promise.resolve(true), securedKeys: () => Promise.resolve(new Set<string>()) }, scope, 'B1');
    expect(plan.hidden).toBe(3);
    expect(plan.projectStart).toBe('2026-01-05');
  });
});
