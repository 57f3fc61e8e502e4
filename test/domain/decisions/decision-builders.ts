/** Hand-made decision records for the decision-log tests: sensible defaults, override what a test is about. */
import type { DecisionRecord } from '../../../src/domain/decisions/decision-record';

export function decisionRecord(key: string, overrides: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    key,
    title: `Decision ${key}`,
    status: 'decided',
    statusName: 'Decided',
    owner: { accountId: 'id-priya', displayName: 'Priya', active: true },
    date: '2026-10-01',
    context: 'Why we had to choose.',
    options: ['Option A', 'Option B'],
    outcome: 'Option A.',
    consequences: 'Some.',
    linkedKeys: [],
    supersedes: [],
    supersededBy: [],
    problems: [],
    ...overrides,
  };
}
