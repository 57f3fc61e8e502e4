/** Hand-made risks and plan nodes for the risk domain tests: sensible defaults, override what a test is about. */
import type { PlanNode } from '../../../src/domain/risk/derived-risk';
import type { RiskRecord } from '../../../src/domain/risk/risk-record';

export function riskRecord(overrides: Partial<RiskRecord> = {}): RiskRecord {
  return {
    key: 'PAY-1',
    summary: 'Vendor late',
    status: 'Open',
    statusCategory: 'todo',
    category: 'Schedule',
    owner: { accountId: 'a1', displayName: 'Priya', active: true },
    probability: 3,
    impact: 4,
    residualProbability: null,
    residualImpact: null,
    severity: null,
    occurrence: null,
    detection: null,
    proximityDate: null,
    reviewDate: '2026-12-01',
    treatmentKeys: ['PAY-2'],
    linkedKeys: ['PAY-2'],
    problems: [],
    ...overrides,
  };
}

/** A node starting at `es` and finishing at `ef` (offsets), late dates shifted by `slack`. */
export function planNode(key: string, es: number, ef: number, slack = 0, overrides: Partial<PlanNode> = {}): PlanNode {
  const day = (offset: number) => `2026-12-${String(1 + Math.floor(offset)).padStart(2, '0')}`;
  return {
    key,
    summary: `Work ${key}`,
    status: 'To Do',
    statusCategory: 'todo',
    external: false,
    critical: slack <= 0,
    nearCritical: slack <= 5,
    late: false,
    blocked: false,
    assigned: true,
    missingDuration: false,
    totalSlackDays: slack,
    dueDate: null,
    offsets: { earlyStart: es, earlyFinish: ef, lateStart: es + slack, lateFinish: ef + slack },
    earlyStart: day(es),
    earlyFinish: day(Math.max(es, ef - 1)),
    lateStart: day(es + slack),
    lateFinish: day(Math.max(es, ef - 1) + slack),
    ...overrides,
  };
}
