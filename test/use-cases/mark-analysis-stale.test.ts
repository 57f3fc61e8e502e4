import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { saveAnalysis, type AnalysisKvs } from '../../src/adapters/storage/analysis-store';
import { loadAnalysisStatus, MAX_REMEMBERED_IDS } from '../../src/adapters/storage/analysis-status';
import { markAnalysisStale } from '../../src/use-cases/mark-analysis-stale';

function setup() {
  const values = new Map<string, unknown>();
  const store: AnalysisKvs = {
    get: (key) => Promise.resolve(values.get(key)),
    set: (key, value) => Promise.resolve(void values.set(key, value)),
    delete: (key) => Promise.resolve(void values.delete(key)),
  };
  const queued: string[] = [];
  const ports = { store, requestRefresh: (projectKey: string) => Promise.resolve(void queued.push(projectKey)), now: () => '2026-11-16T09:00:00.000Z' };
  return { store, queued, ports };
}

const schedule = { project: { key: 'PAY', name: 'Payments' }, scopeJql: 'project = "PAY"', asOf: '2026-11-16', projectStart: '2026-11-16', projectFinish: '2026-11-16', durationDays: 0, nearCriticalDays: 5, nodes: [], edges: [], cycles: [], findings: [] };

describe('markAnalysisStale', () => {
  it('leaves a project without a stored analysis alone', async () => {
    const { ports, queued } = setup();
    expect(await markAnalysisStale(ports, { projectKeys: ['WEB'], touchedIssueIds: ['1'], deletedIssueIds: [] })).toEqual([]);
    expect(queued).toEqual([]);
  });

  it('queues one refresh for any number of changes, remembering every changed and deleted issue', async () => {
    const { ports, queued, store } = setup();
    await saveAnalysis(store, 'PAY', { generation: 'g1', computedAt: '2026-11-16T08:00:00.000Z', lastSync: '2026-11-16T08:00:00.000Z', settingsHash: 'h1', issues: [], schedule });
    await markAnalysisStale(ports, { projectKeys: ['PAY'], touchedIssueIds: ['10001'], deletedIssueIds: [] });
    await markAnalysisStale(ports, { projectKeys: ['PAY', 'PAY'], touchedIssueIds: ['10002', '10001'], deletedIssueIds: ['10003'] });
    expect(queued).toEqual(['PAY']);
    expect(await loadAnalysisStatus(store, 'PAY')).toEqual({
      stale: true,
      queued: true,
      queuedAt: '2026-11-16T09:00:00.000Z',
      touchedIssueIds: ['10001', '10002'],
      deletedIssueIds: ['10003'],
      fullRefresh: false,
      failedAt: null,
    });
  });

  it('asks for a full refresh instead of remembering more than it may', async () => {
    const { ports, store } = setup();
    await saveAnalysis(store, 'PAY', { generation: 'g1', computedAt: '2026-11-16T08:00:00.000Z', lastSync: '2026-11-16T08:00:00.000Z', settingsHash: 'h1', issues: [], schedule });
    const many = Array.from({ length: MAX_REMEMBERED_IDS + 1 }, (_, i) => String(i));
    await markAnalysisStale(ports, { projectKeys: ['PAY'], touchedIssueIds: many, deletedIssueIds: [] });
    expect(await loadAnalysisStatus(store, 'PAY')).toMatchObject({ fullRefresh: true, touchedIssueIds: [] });
  });
});
