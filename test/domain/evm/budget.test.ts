import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { budgetRollUp, itemBudget, type BudgetFacts } from '../../../src/domain/evm/budget';

const facts = (key: string, parentKey: string | null, hours: number | null, more: Partial<BudgetFacts> = {}): BudgetFacts => ({
  key,
  parentKey,
  originalEstimateSeconds: hours === null ? null : hours * 3600,
  storyPoints: null,
  ...more,
});
const atRate = { kind: 'estimate', ratePerHour: 100 } as const;

describe('itemBudget', () => {
  it.each([
    { name: 'estimate x rate: 8 h at 50', item: facts('A-1', null, 8), source: { kind: 'estimate', ratePerHour: 50 } as const, budget: 400 },
    { name: 'story points x cost per point: 5 at 300', item: facts('A-1', null, null, { storyPoints: 5 }), source: { kind: 'story-points', costPerPoint: 300 } as const, budget: 1500 },
    { name: 'cost field', item: facts('A-1', null, 8, { cost: 1234.5 }), source: { kind: 'cost-field' } as const, budget: 1234.5 },
    { name: 'empty estimate', item: facts('A-1', null, null), source: atRate, budget: null },
    { name: 'empty points', item: facts('A-1', null, 8), source: { kind: 'story-points', costPerPoint: 300 } as const, budget: null },
    { name: 'empty cost field', item: facts('A-1', null, 8), source: { kind: 'cost-field' } as const, budget: null },
  ])('$name: $budget', ({ item, source, budget }) => {
    expect(itemBudget(item, source)).toBe(budget);
  });
});

describe('budgetRollUp', () => {
  it('counts each budget once: children replace their parent, up an epic > story > sub-task tree', () => {
    // Epic E (10 h) > story S1 (3 h) > sub-tasks T1 (1 h), T2 (none); story S2 (2 h); story S3 (none).
    // S1 = T1 = 100 (its own 300 replaced); E = S1 + S2 = 300 (its own 1000 replaced); BAC 300, not 1600.
    const items = [facts('E', null, 10), facts('S1', 'E', 3), facts('T1', 'S1', 1), facts('T2', 'S1', null), facts('S2', 'E', 2), facts('S3', 'E', null)];
    const r = budgetRollUp(items, atRate);
    expect(r.bac).toBe(300);
    expect(Object.fromEntries(r.counted)).toEqual({ T1: 100, S2: 200 });
    expect(Object.fromEntries(r.rolledUp)).toEqual({ E: 300, S1: 100, T1: 100, S2: 200 });
    expect(r.problems.map((p) => [p.key, p.problem]).sort()).toEqual([['E', 'replaced-by-children'], ['S1', 'replaced-by-children']]);
  });

  it('a parent keeps its own budget when no child has one, or children are budgeted at 0', () => {
    const r = budgetRollUp([facts('S', null, 5), facts('T1', 'S', null), facts('T2', 'S', 0)], atRate);
    expect(r.bac).toBe(500);
    expect(Object.fromEntries(r.counted)).toEqual({ S: 500, T2: 0 });
    expect(r.problems).toEqual([]);
  });

  it('a parent without a budget of its own sums its children; one outside the scope makes them top-level', () => {
    const r = budgetRollUp([facts('E', null, null), facts('S1', 'E', 1), facts('S2', 'E', 2), facts('X', 'OTHER-1', 4)], atRate);
    expect(r.bac).toBe(700);
    expect(r.rolledUp.get('E')).toBe(300);
    expect(r.problems).toEqual([]);
  });

  it('leaves out and reports negative, NaN and absurd budgets, and cuts parent cycles', () => {
    const items = [
      facts('N', null, -4),
      facts('Q', null, Number.NaN),
      facts('BIG', null, 1e6),
      facts('OK', null, 2),
      facts('C1', 'C2', 1),
      facts('C2', 'C1', 1),
      facts('SELF', 'SELF', 1),
    ];
    const r = budgetRollUp(items, atRate, 50_000);
    expect(r.problems.map((p) => [p.key, p.problem]).sort()).toEqual([
      ['BIG', 'above-ceiling'],
      ['C1', 'parent-cycle'], // the walk from C1 meets C1 again: C1's parent link is dropped
      ['C1', 'replaced-by-children'], // C1 is then the parent of C2
      ['N', 'negative'],
      ['Q', 'not-a-number'],
    ]);
    // OK 200 + the C1 > C2 chain 100 + SELF (a self-parent is top-level) 100.
    expect(r.bac).toBe(200 + 100 + 100);
    expect(r.problems.find((p) => p.key === 'N')?.detail).toBe('budget -400 is negative');
  });

  it('handles a hierarchy 100 000 deep without overflowing the stack', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => facts(`K-${i}`, i === 0 ? null : `K-${i - 1}`, 1));
    const r = budgetRollUp(items, atRate);
    expect(r.bac).toBe(100);
    expect(r.counted.size).toBe(1);
  });

  it('handles an epic with 200 000 direct children', () => {
    const items = [facts('E', null, 1), ...Array.from({ length: 200_000 }, (_, i) => facts(`S-${i}`, 'E', 1))];
    const r = budgetRollUp(items, atRate);
    expect(r.bac).toBe(20_000_000);
    expect(r.counted.has('E')).toBe(false);
  });

  it('empty scope: BAC 0', () => {
    expect(budgetRollUp([], atRate)).toEqual({ bac: 0, counted: new Map(), rolledUp: new Map(), problems: [] });
  });
});
