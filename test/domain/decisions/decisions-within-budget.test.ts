/** The newest decisions that fit an answer's budget: the log's order kept, the older ones left out, findings whole. */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { decisionsWithinBudget } from '../../../src/domain/decisions/decisions-within-budget';
import { decisionRecord as decision } from './decision-builders';

const log = (n: number, context: string) => ({
  decisions: Array.from({ length: n }, (_, i) => decision(`PAY-${n - i}`, { context })),
  findings: [{ kind: 'missing-owner' as const, title: 'No owner', advice: 'Set one', issueKeys: ['PAY-1'] }],
});

describe('decisionsWithinBudget', () => {
  it('leaves a log that fits as it is', () => {
    const small = log(20, 'short');
    expect(decisionsWithinBudget(small, 900_000)).toBe(small);
  });

  it('keeps the newest that fit, in order, and every finding', () => {
    const big = log(3000, 'x'.repeat(2000));
    const cut = decisionsWithinBudget(big, 900_000);
    expect(JSON.stringify(cut).length).toBeLessThanOrEqual(900_000 + 100);
    expect(cut.decisions.length).toBeGreaterThan(300);
    expect(cut.decisions.length).toBeLessThan(3000);
    expect(cut.decisions).toEqual(big.decisions.slice(0, cut.decisions.length));
    expect(cut.findings).toEqual(big.findings);
  });
});
