/** One part of a daily snapshot with plain functions for ports: what is stored, what is thrown for a retry. */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { AppError } from '../../src/app-error';
import type { HistorySnapshot, RiskRegisterResult } from '../../src/contract';
import type { HistoryKvs } from '../../src/adapters/storage/history-kvs';
import { riskRegister } from '../../src/domain/risk/risk-register';
import { takeSnapshotPart, type SnapshotPorts } from '../../src/use-cases/take-snapshot';
import { riskRecord } from '../domain/risk/risk-builders';

function memoryKvs(): HistoryKvs & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: (key) => Promise.resolve(data.get(key)),
    set: (key, value) => Promise.resolve(void data.set(key, value)),
    queryPrefix: (prefix) => Promise.resolve({ results: [...data.entries()].filter(([k]) => k.startsWith(prefix)).map(([key, value]) => ({ key, value })) }),
  };
}

const register: RiskRegisterResult = {
  ...riskRegister({ records: [riskRecord()], plan: { nodes: [], edges: [], cycles: [] }, scale: 'oneToFive', weights: { critical: 1.5, nearCritical: 1.2 } }),
  project: { key: 'PAY', name: 'Payments' },
  scopeJql: 'project = PAY',
  asOf: '2026-11-16',
  riskIssueType: 'Risk',
  scale: 'oneToFive',
  weights: { critical: 1.5, nearCritical: 1.2 },
  fields: [],
  setupProblems: [],
};

function ports(store: HistoryKvs, evmFailure: Error): SnapshotPorts {
  return { store, computeEvm: () => Promise.reject(evmFailure), computeRisks: () => Promise.resolve(register) };
}

const input = (part: 'evm' | 'risks', lastAttempt = false) => ({ projectKey: 'PAY', date: '2026-11-16', takenAt: '2026-11-16T06:00:00.000Z', part, lastAttempt });
const stored = (store: { data: Map<string, unknown> }) => store.data.get('history:PAY:2026-11-16') as HistorySnapshot | undefined;

describe('takeSnapshotPart', () => {
  it('stores a part that cannot be computed as its problem, and keeps the other part of the day', async () => {
    const store = memoryKvs();
    await takeSnapshotPart(ports(store, new Error('EVM not asked for')), input('risks'));
    await takeSnapshotPart(ports(store, new AppError('NOT_FOUND', 'Project PAY was not found.')), input('evm'));
    const day = stored(store);
    expect([day?.evm, day?.evmProblem]).toEqual([null, 'NOT_FOUND: Project PAY was not found.']);
    expect(day?.risks?.exposure).toEqual({ inherent: 12, residual: 0 });
    expect(day?.risksProblem).toBeNull();
  });

  it('throws a failure a retry may cure, until the last attempt, when it stores it', async () => {
    const store = memoryKvs();
    const busy = new AppError('RATE_LIMITED', 'Jira is busy.');
    await expect(takeSnapshotPart(ports(store, busy), input('evm'))).rejects.toBe(busy);
    expect(stored(store)).toBeUndefined();
    await takeSnapshotPart(ports(store, busy), input('evm', true));
    expect(stored(store)?.evmProblem).toBe('RATE_LIMITED: Jira is busy.');
  });

  it('throws anything that is not an AppError, storing nothing', async () => {
    const store = memoryKvs();
    await expect(takeSnapshotPart(ports(store, new TypeError('bug')), input('evm', true))).rejects.toThrow('bug');
    expect(store.data.size).toBe(0);
  });
});
