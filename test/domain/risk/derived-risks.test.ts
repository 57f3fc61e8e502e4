/** Each kind of derived schedule risk on a small hand-made project (DESIGN.md section 1, "Risk register"). */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { criticalWorkRisks } from '../../../src/domain/risk/critical-work-risks';
import { cycleRisks } from '../../../src/domain/risk/cycle-risks';
import type { PlanEdge, RiskPlan } from '../../../src/domain/risk/derived-risk';
import { outsidePredecessorRisks } from '../../../src/domain/risk/outside-predecessor-risks';
import { riskRegister } from '../../../src/domain/risk/risk-register';
import { planNode, riskRecord } from './risk-builders';

const fs = (from: string, to: string, lagDays = 0): PlanEdge => ({ from, to, kind: 'FS', lagDays, ignored: false });

describe('criticalWorkRisks', () => {
  it('reports open critical or near-critical work that is blocked, late, unassigned or unestimated', () => {
    const risks = criticalWorkRisks([
      planNode('P-1', 0, 3, 0, { blocked: true, status: 'Blocked' }),
      planNode('P-2', 3, 5, 0, { late: true, dueDate: '2026-12-03' }),
      planNode('P-3', 0, 2, 3, { assigned: false }),
      planNode('P-4', 5, 5, 0, { missingDuration: true }),
      planNode('P-5', 0, 1, 20, { blocked: true, late: true, assigned: false }),
      planNode('P-6', 0, 1, 0, { blocked: true, statusCategory: 'done' }),
      planNode('X-1', 0, 1, 0, { blocked: true, external: true }),
    ]);
    expect(risks.map((r) => [r.kind, r.issueKeys, r.severity])).toEqual([
      ['blocked-critical-work', ['P-1'], 'high'],
      ['late-critical-work', ['P-2'], 'high'],
      ['unassigned-critical-work', ['P-3'], 'medium'],
      ['unestimated-critical-work', ['P-4'], 'high'],
    ]);
    expect(risks[0]?.evidence).toEqual(['P-1 "Work P-1" is in status Blocked.', 'P-1 matters because it is on the critical path (no slack).']);
    expect(risks[1]?.evidence[0]).toBe('P-2 "Work P-2" is due 2026-12-03 and finishes 2026-12-05 at the earliest.');
    expect(risks[2]?.evidence[1]).toBe('P-3 matters because it is near-critical (3 working days of slack).');
  });
});

describe('cycleRisks', () => {
  it('reports each cycle with its keys and the link the schedule cut', () => {
    const [risk] = cycleRisks([{ issueKeys: ['P-1', 'P-2', 'P-3'], suggestedCut: { fromKey: 'P-3', toKey: 'P-1' } }]);
    expect(risk).toMatchObject({ kind: 'dependency-cycle', issueKeys: ['P-1', 'P-2', 'P-3'], severity: 'high' });
    expect(risk?.evidence.join(' ')).toContain('P-1, P-2, P-3 depend on each other');
    expect(risk?.evidence.join(' ')).toContain('P-3 -> P-1');
  });
});

describe('outsidePredecessorRisks', () => {
  const successor = planNode('P-1', 10, 15, 0);
  it('reports outside work that finishes after its successor needs it (supply > need, or on its due date)', () => {
    // X-1 supplies at 8 + 4 lag = 12; P-1 needs it by its late start 10.
    const late = outsidePredecessorRisks([planNode('X-1', 2, 8, 0, { external: true }), successor], [fs('X-1', 'P-1', 4)]);
    expect(late).toMatchObject([{ kind: 'late-outside-predecessor', severity: 'high', issueKeys: ['X-1', 'P-1'] }]);
    expect(late[0]?.evidence[1]).toBe('P-1 "Work P-1" follows it (FS with 4 days lag) and needs it by 2026-12-11.');
    const pastDue = outsidePredecessorRisks(
      [planNode('X-2', 2, 8, 0, { external: true }), planNode('P-2', 12, 14, 6, { dueDate: '2026-12-08' })],
      [fs('X-2', 'P-2')],
    );
    expect(pastDue[0]?.evidence[1]).toBe('P-2 "Work P-2" follows it (FS) and is due 2026-12-08.');
  });

  it('reports outside work that leaves critical work no slack, and blocked outside work feeding the path', () => {
    const tight = outsidePredecessorRisks([planNode('X-1', 4, 10, 0, { external: true }), successor], [fs('X-1', 'P-1')]);
    expect(tight).toMatchObject([{ severity: 'medium', title: 'X-1 (outside the project) leaves critical P-1 no slack' }]);
    const blocked = outsidePredecessorRisks(
      [planNode('X-2', 2, 6, 0, { external: true, blocked: true, status: 'Blocked' }), planNode('P-2', 10, 12, 3)],
      [fs('X-2', 'P-2')],
    );
    expect(blocked).toMatchObject([{ severity: 'medium', title: 'X-2 (outside the project) is blocked and feeds near-critical P-2' }]);
    expect(blocked[0]?.evidence[1]).toContain('with 7 working days between X-2');
  });

  it('ignores outside work with room to spare, done outside work, cut links and links between scope issues', () => {
    const nodes = [
      planNode('X-1', 0, 4, 0, { external: true }),
      planNode('X-2', 0, 12, 0, { external: true, statusCategory: 'done' }),
      planNode('P-2', 0, 12, 0),
      successor,
    ];
    expect(outsidePredecessorRisks(nodes, [fs('X-1', 'P-1'), fs('X-2', 'P-1'), { ...fs('X-1', 'P-1', 9), ignored: true }, fs('P-2', 'P-1')])).toEqual([]);
  });
});

describe('riskRegister', () => {
  const plan: RiskPlan = {
    nodes: [planNode('P-2', 0, 5, 0), planNode('P-3', 0, 2, 4), planNode('P-4', 0, 2, 30, { assigned: false })],
    edges: [],
    cycles: [{ issueKeys: ['P-3', 'P-4'], suggestedCut: { fromKey: 'P-4', toKey: 'P-3' } }],
  };

  it('weights risks on critical work, derives a risk for each, and sorts by weighted score then severity', () => {
    const register = riskRegister({
      records: [
        riskRecord({ key: 'R-1', probability: 2, impact: 2, linkedKeys: ['P-3'], treatmentKeys: [] }),
        riskRecord({ key: 'R-2', linkedKeys: ['P-2'] }),
        riskRecord({ key: 'R-3', probability: 4, impact: 4, linkedKeys: ['P-4'], owner: null }),
        riskRecord({ key: 'R-4', probability: null, linkedKeys: [] }),
      ],
      plan,
      scale: 'oneToFive',
      weights: { critical: 1.5, nearCritical: 1.25 },
    });
    expect(register.risks.map((r) => [r.key, r.weightedScore])).toEqual([['R-2', 18], ['R-3', 16], ['R-1', 5], ['R-4', null]]);
    expect(register.derived.map((d) => [d.kind, d.severity, d.issueKeys])).toEqual([
      ['risk-on-critical-work', 'high', ['R-2', 'P-2']],
      ['dependency-cycle', 'high', ['P-3', 'P-4']],
      ['risk-on-critical-work', 'medium', ['R-1', 'P-3']],
    ]);
    expect(register.derived[0]?.evidence).toEqual([
      'R-2 "Vendor late" is linked to P-2 "Work P-2".',
      'P-2: it is on the critical path (no slack).',
      'Linked to critical work (P-2): score 12 x 1.5.',
    ]);
    expect(register.flagged).toEqual({ withoutOwner: ['R-3'], withoutTreatment: ['R-1'], withoutReviewDate: [] });
    expect(register.heatMap.inherent.cells[3]?.[3]).toBe(1);
    expect(register.heatMap.inherent.unplaced).toBe(1);
  });
});
