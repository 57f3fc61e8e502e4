/** What a daily snapshot keeps of the Risks answer: the doc comment's worked example, closed and unrated risks. */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { RiskRegisterResult } from '../../src/contract';
import { riskRegister } from '../../src/domain/risk/risk-register';
import { riskSnapshot } from '../../src/use-cases/history-snapshot';
import { riskRecord } from '../domain/risk/risk-builders';

function answer(records: Parameters<typeof riskRecord>[0][]): RiskRegisterResult {
  const register = riskRegister({ records: records.map(riskRecord), plan: { nodes: [], edges: [], cycles: [] }, scale: 'oneToFive', weights: { critical: 1.5, nearCritical: 1.2 } });
  return { ...register, project: { key: 'PAY', name: 'Payments' }, scopeJql: 'project = PAY', asOf: '2026-11-16', riskIssueType: 'Risk', scale: 'oneToFive', weights: { critical: 1.5, nearCritical: 1.2 }, fields: [], setupProblems: [] };
}

const r1 = { key: 'PAY-1', probability: 3, impact: 4, residualProbability: 2, residualImpact: 2 };
const r2 = { key: 'PAY-2', probability: 2, impact: 3 };

describe('riskSnapshot', () => {
  it.each([
    { name: 'the doc example: 12 + 6 inherent, 4 + unrated residual', records: [r1, r2], exposure: { inherent: 18, residual: 4 }, open: 2 },
    { name: 'a closed risk adds nothing', records: [r1, { key: 'PAY-3', probability: 5, impact: 5, statusCategory: 'done' as const }], exposure: { inherent: 12, residual: 4 }, open: 1 },
    { name: 'an unrated open risk is counted open, adds nothing, and sits off the map', records: [{ key: 'PAY-4', probability: null }], exposure: { inherent: 0, residual: 0 }, open: 1 },
    { name: 'no risks', records: [], exposure: { inherent: 0, residual: 0 }, open: 0 },
  ])('$name', ({ records, exposure, open }) => {
    const register = answer(records);
    const day = riskSnapshot(register);
    expect(day.exposure).toEqual(exposure);
    expect(day.openRisks).toBe(open);
    expect(day.heatMap).toEqual(register.heatMap);
  });
});
