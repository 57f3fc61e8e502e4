import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { saveAnalysis, type AnalysisKvs } from '../../src/adapters/storage/analysis-store';
import { loadAnalysisStatus, MAX_REMEMBERED_IDS } from '../../src/adapters/storage/analysis-status';
import { markAnalysisStale } from '../../src/use-cases/mark-analysis-stale';
import { takeHeardChanges } from '../../src/use-cases/take-heard-changes';

/**
 * A map store with KVS's atomic create and prefix query, each call awaiting a turn of the event loop, so that
 * concurrent callers interleave as on KVS.
 */
function setup() {
  const values = new Map<string, unknown>();
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  const store: AnalysisKvs = {
    get: async (key) => (await tick(), values.get(key)),
    set: async (key, value) => void (await tick(), values.set(key, value)),
    delete: async (key) => void (await tick(), values.delete(key)),
    setIfAbsent: async (key, value) => (await tick(), values.has(key) ? false : (values.set(key, value), true)),
    queryPrefix: async (prefix, cursor) => {
      await tick();
      const keys = [...values.keys()].filter((k) => k.startsWith(prefix) && (cursor === undefined || k > cursor)).sort();
      const page = keys.slice(0, 20);
      return { results: page.map((key) => ({ key, value: values.get(key) })), nextCursor: keys.length > 20 ? page.at(-1) : undefined };
    },
  };
  const queued: string[] = [];
  const ports = { store, requestRefresh: (projectKey: string) => Promise.resolve(void queued.push(projectKey)), now: () => '2026-11-16T09:00:00.000Z' };
  return { store, queued, ports };
}

const schedule = { project: { key: 'PAY', name: 'Payments' }, scopeJql: 'project = "PAY"', asOf: '2026-11-16', projectStart: '2026-11-16', projectFinish: '2026-11-16', durationDays: 0, nearCriticalDays: 5, nodes: [], edges: [], cycles: [], findings: [] };
const nothing = { touchedIssueIds: [], deletedIssueIds: [], fullRefresh: false };

async function stored(store: AnalysisKvs) {
  await saveAnalysis(store, 'PAY', { generation: 'g1', computedAt: '2026-11-16T08:00:00.000Z', lastSync: '2026-11-16T08:00:00.000Z', settingsHash: 'h1', issues: [], schedule });
}

describe('markAnalysisStale', () => {
  it('leaves a project without a stored analysis alone', async () => {
    const { ports, queued } = setup();
    expect(await markAnalysisStale(ports, { projectKeys: ['WEB'], touchedIssueIds: ['1'], deletedIssueIds: [] })).toEqual([]);
    expect(queued).toEqual([]);
  });

  it('queues one refresh for any number of changes, and the refresh sees every changed and deleted issue', async () => {
    const { ports, queued, store } = setup();
    await stored(store);
    await markAnalysisStale(ports, { projectKeys: ['PAY'], touchedIssueIds: ['10001'], deletedIssueIds: [] });
    await markAnalysisStale(ports, { projectKeys: ['PAY', 'PAY'], touchedIssueIds: ['10002', '10001'], deletedIssueIds: ['10003'] });
    expect(queued).toEqual(['PAY']);
    expect(await loadAnalysisStatus(store, 'PAY')).toMatchObject({ stale: true, queued: true, queuedAt: '2026-11-16T09:00:00.000Z' });
    const taken = await takeHeardChanges(store, 'PAY', nothing);
    expect([...taken.touchedIssueIds].sort()).toEqual(['10001', '10002']);
    expect(taken).toMatchObject({ deletedIssueIds: ['10003'], fullRefresh: false });
  });

  it('queues one refresh for 300 triggers at once, and loses none of their issues (issue #11, the trigger race)', async () => {
    const { ports, queued, store } = setup();
    await stored(store);
    const ids = Array.from({ length: 300 }, (_, i) => String(20000 + i));
    await Promise.all(ids.map((id, i) => markAnalysisStale(ports, { projectKeys: ['PAY'], touchedIssueIds: i % 10 === 0 ? [] : [id], deletedIssueIds: i % 10 === 0 ? [id] : [] })));
    expect(queued).toEqual(['PAY']);
    const taken = await takeHeardChanges(store, 'PAY', nothing);
    expect(taken.touchedIssueIds.length + taken.deletedIssueIds.length).toBe(300);
    expect(new Set([...taken.touchedIssueIds, ...taken.deletedIssueIds])).toEqual(new Set(ids));
    expect(taken.deletedIssueIds).toHaveLength(30);
  });

  it('queues the next refresh for a change that comes once the refresh has taken the last ones', async () => {
    const { ports, queued, store } = setup();
    await stored(store);
    await markAnalysisStale(ports, { projectKeys: ['PAY'], touchedIssueIds: ['10001'], deletedIssueIds: [] });
    await takeHeardChanges(store, 'PAY', nothing);
    await markAnalysisStale(ports, { projectKeys: ['PAY'], touchedIssueIds: ['10002'], deletedIssueIds: [] });
    expect(queued).toEqual(['PAY', 'PAY']);
    expect(await takeHeardChanges(store, 'PAY', nothing)).toMatchObject({ touchedIssueIds: ['10001', '10002'] });
  });

  it('asks for a full refresh instead of remembering more than it may', async () => {
    const { ports, store } = setup();
    await stored(store);
    const many = Array.from({ length: MAX_REMEMBERED_IDS + 1 }, (_, i) => String(i));
    await markAnalysisStale(ports, { projectKeys: ['PAY'], touchedIssueIds: many, deletedIssueIds: [] });
    expect(await takeHeardChanges(store, 'PAY', nothing)).toEqual({ touchedIssueIds: [], deletedIssueIds: [], fullRefresh: true });
  });
});
