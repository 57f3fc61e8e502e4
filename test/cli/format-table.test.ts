import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { Analysis } from '../../src/cli/analyze';
import { formatTable } from '../../src/cli/format-table';
import { emptyEvmSection } from './evm-section-fixture';
import { emptyRisksSection } from './risks-section-fixture';
import { emptyDecisionsSection, emptyRaciSection } from './report-sections-fixture';

const analysis: Analysis = {
  schemaVersion: 1,
  source: { kind: 'snapshot', file: 'x.json' },
  viewer: 'Priya',
  project: { key: 'PAY', name: 'Pay\u001b[2J\u001b[31mments' },
  asOf: '2026-11-16',
  scopeJql: 'project = "PAY"',
  overview: {
    issueCount: 1,
    byType: [{ type: 'Story', total: 1, byStatusCategory: { todo: 1, inProgress: 0, done: 0 }, byStatus: [] }],
    linksByType: [],
    findings: [],
    hiddenLinksChecked: true,
  },
  schedule: { start: '2026-11-16', finish: '2026-11-20', durationDays: 5, nearCriticalDays: 5, criticalPath: [], issues: {}, cycles: [], suggestedCuts: [], findings: [] },
  levelled: { cpmFinish: '2026-11-20', levelledFinish: '2026-11-20', finishDelayDays: 0, method: 'search', seed: 1, schedules: 1, moved: [], issues: {}, findings: [] },
  evm: emptyEvmSection,
  risks: emptyRisksSection,
  raci: emptyRaciSection,
  decisions: emptyDecisionsSection,
  forecast: {
    projectStart: '2026-11-16',
    iterations: 2000,
    seed: 1,
    percentiles: { p10: '2026-11-20', p50: '2026-11-20', p80: '2026-11-20', p90: '2026-11-20' },
    p80Range: { from: '2026-11-20', to: '2026-11-20' },
    meanDate: '2026-11-20',
    meanDays: 5,
    cpmFinishDate: '2026-11-20',
    cpmLikelihood: 1,
    target: null,
    samplingError: 0.0219,
    histogram: [],
    issues: [],
    issueCount: 0,
    risks: [],
    basis: { counts: { fixed: 0, threePoint: 0, calibrated: 0, defaultSpread: 1 }, calibration: { issueCount: 0, groups: [] }, spread: { optimistic: 0.8, pessimistic: 1.5 }, risksSimulated: 0, threePointMapped: false },
    findings: [],
  },
};

describe('formatTable', () => {
  it('shows control characters from Jira instead of letting them drive the terminal', () => {
    const text = formatTable(analysis);
    expect(text).not.toContain('\u001b');
    expect(text).toContain('Pay\uFFFD[2J\uFFFD[31mments');
  });
});
