/**
 * The key of a cached live forecast (issue #15, item 4): the same inputs give the same key whatever their order;
 * anything a viewer sees differently (an issue fewer, a link fewer, another level, another field value), other
 * settings, another status date or another iteration count give another key.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { WorkItem } from '../../src/domain/work-item';
import type { RiskRecord } from '../../src/domain/risk/risk-record';
import { forecastFingerprint, type FingerprintInputs } from '../../src/use-cases/forecast-fingerprint';

const item = (key: string, patch: Partial<WorkItem> = {}): WorkItem => ({
  key,
  projectKey: 'PAY',
  summary: `Work ${key}`,
  type: 'Story',
  status: 'To Do',
  statusCategory: 'todo',
  parentKey: null,
  assigneeId: null,
  originalEstimateSeconds: 28_800,
  storyPoints: null,
  startDate: null,
  dueDate: null,
  links: [],
  ...patch,
});
const risk = (key: string, probability: number): RiskRecord => ({
  key, summary: 'Supplier late', status: 'Open', statusCategory: 'todo', category: null, owner: null, probability, impact: 3,
  residualProbability: null, residualImpact: null, severity: null, occurrence: null, detection: null, proximityDate: null, reviewDate: null,
  treatmentKeys: [], linkedKeys: ['PAY-1'], problems: [],
});
const link = { id: '10', linkType: 'Blocks', direction: 'outward' as const, otherKey: 'PLAT-5', otherProjectKey: 'PLAT' };

const base: FingerprintInputs = {
  settingsHash: 'abc123',
  asOf: '2026-11-16',
  iterations: 4300,
  items: [item('PAY-1', { links: [link] }), item('PAY-2'), item('PAY-3')],
  outside: [item('PLAT-5', { projectKey: 'PLAT' })],
  unreadable: [],
  risks: [risk('PAY-9', 3)],
  levels: [],
};
const key = (patch: Partial<FingerprintInputs>) => forecastFingerprint({ ...base, ...patch });

describe('forecastFingerprint', () => {
  it('is a short hex key, the same for the same inputs in another order', () => {
    expect(forecastFingerprint(base)).toMatch(/^[0-9a-f]{32}$/);
    expect(key({ items: [...base.items].reverse() })).toBe(forecastFingerprint(base));
  });

  it('differs for a viewer who sees an issue fewer, a link fewer or another security level', () => {
    const all = forecastFingerprint(base);
    expect(key({ items: base.items.slice(1) })).not.toBe(all);
    expect(key({ items: [item('PAY-1'), item('PAY-2'), item('PAY-3')], outside: [] })).not.toBe(all);
    expect(key({ levels: ['10100'] })).not.toBe(all);
    expect(key({ unreadable: ['SEC-1'] })).not.toBe(all);
  });

  it('differs when an input of the computation changes: a field, a risk, the settings, the day, the iterations', () => {
    const all = forecastFingerprint(base);
    expect(key({ items: [item('PAY-1', { links: [link], originalEstimateSeconds: 57_600 }), item('PAY-2'), item('PAY-3')] })).not.toBe(all);
    expect(key({ risks: [risk('PAY-9', 4)] })).not.toBe(all);
    expect(key({ settingsHash: 'abc124' })).not.toBe(all);
    expect(key({ asOf: '2026-11-17' })).not.toBe(all);
    expect(key({ iterations: 2000 })).not.toBe(all);
  });
});
