import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { heatMap } from '../../../src/domain/risk/heat-map';
import { scoredRisk } from '../../../src/domain/risk/scored-risk';
import { riskRecord } from './risk-builders';

const noWork = { critical: new Set<string>(), nearCritical: new Set<string>() };
const weights = { critical: 1.5, nearCritical: 1.25 };

describe('scoredRisk', () => {
  it('scores inherent, residual and RPN, with nothing flagged on a complete risk', () => {
    const risk = scoredRisk(
      riskRecord({ residualProbability: 2, residualImpact: 2, severity: 8, occurrence: 3, detection: 5 }),
      'oneToFive',
      noWork,
      weights,
    );
    expect(risk).toMatchObject({ inherentScore: 12, residualScore: 4, rpn: 120, weightedScore: 12, weightReason: null, problems: [] });
    expect(risk.flags).toEqual({ noOwner: false, noTreatment: false, noReviewDate: false });
  });

  it('weights a risk linked to critical work by the critical factor, and says why', () => {
    const work = { critical: new Set(['PAY-2']), nearCritical: new Set(['PAY-2', 'PAY-3']) };
    const risk = scoredRisk(riskRecord({ linkedKeys: ['PAY-2', 'PAY-3'] }), 'oneToFive', work, weights);
    expect(risk.weightedScore).toBe(18);
    expect(risk.criticalWork).toEqual(['PAY-2', 'PAY-3']);
    expect(risk.weightReason).toBe('Linked to critical work (PAY-2): score 12 x 1.5.');
  });

  it('weights near-critical work by the near-critical factor', () => {
    const work = { critical: new Set<string>(), nearCritical: new Set(['PAY-2']) };
    const risk = scoredRisk(riskRecord(), 'oneToFive', work, weights);
    expect(risk.weightedScore).toBe(15);
    expect(risk.weightReason).toBe('Linked to near-critical work (PAY-2): score 12 x 1.25.');
  });

  it('lists a risk with bad ratings and owners, with every problem, instead of failing', () => {
    const risk = scoredRisk(
      riskRecord({ probability: 7, impact: null, owner: { accountId: 'gone', displayName: 'Former Employee', active: false }, problems: ['Risk impact holds "high", not a number.'] }),
      'oneToFive',
      noWork,
      weights,
    );
    expect(risk.inherentScore).toBeNull();
    expect(risk.weightedScore).toBeNull();
    expect(risk.problems).toEqual([
      'Risk impact holds "high", not a number.',
      'Probability 7 is not a whole number from 1 to 5.',
      'No impact, so no score.',
      'The owner, Former Employee, is a deactivated account: name a new owner.',
    ]);
    expect(risk.flags.noOwner).toBe(true);
  });

  it('flags an open risk without owner, treatment or review date; never a closed one', () => {
    const bare = riskRecord({ owner: null, treatmentKeys: [], linkedKeys: [], reviewDate: null });
    expect(scoredRisk(bare, 'oneToFive', noWork, weights).flags).toEqual({ noOwner: true, noTreatment: true, noReviewDate: true });
    expect(scoredRisk(bare, 'oneToFive', noWork, weights).problems).toContain('No owner: nobody is answerable for this risk.');
    expect(scoredRisk({ ...bare, statusCategory: 'done' }, 'oneToFive', noWork, weights).flags).toEqual({ noOwner: false, noTreatment: false, noReviewDate: false });
  });

  it('scores exposure in money on the percent-and-money scale', () => {
    const risk = scoredRisk(riskRecord({ probability: 40, impact: 25_000, residualProbability: 10, residualImpact: 25_000 }), 'percentAndMoney', noWork, weights);
    expect(risk).toMatchObject({ inherentScore: 10_000, residualScore: 2500, problems: [] });
  });
});

describe('heatMap', () => {
  it('counts open risks per probability x impact cell and leaves out the unplaceable', () => {
    const risks = [
      riskRecord({ key: 'R-1', probability: 3, impact: 4, residualProbability: 1, residualImpact: 2 }),
      riskRecord({ key: 'R-2', probability: 3, impact: 4 }),
      riskRecord({ key: 'R-3', probability: 5, impact: 1 }),
      riskRecord({ key: 'R-4', probability: 9, impact: 1 }),
      riskRecord({ key: 'R-5', probability: 1, impact: 1, statusCategory: 'done' }),
    ].map((r) => scoredRisk(r, 'oneToFive', noWork, weights));
    const inherent = heatMap(risks, 'inherent');
    expect(inherent.cells[2]?.[3]).toBe(2);
    expect(inherent.cells[4]?.[0]).toBe(1);
    expect(inherent.cells[0]?.[0]).toBe(0);
    expect(inherent.cells.flat().reduce((a, b) => a + b, 0)).toBe(3);
    expect(inherent.unplaced).toBe(1);
    const residual = heatMap(risks, 'residual');
    expect(residual.cells[0]?.[1]).toBe(1);
    expect(residual.unplaced).toBe(3);
  });
});
