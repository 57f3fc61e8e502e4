/**
 * The risks an issue takes part in, read from a register: the risks that treat it or are linked to it, and the
 * schedule risks the plan reveals that name it. The issue's own risk (when it is a risk) is not "linked" to
 * itself. O(risks x links + derived risks).
 * @example issueRisksOf(register, 'PAY-12') // { linked: [{ risk: PAY-40, relation: 'treats' }], derived: [late-critical-work of PAY-12] }
 */
import type { DerivedRisk, LinkedRiskEntry, RiskRegisterResult } from '../contract';

export function issueRisksOf(register: Pick<RiskRegisterResult, 'risks' | 'derived'>, issueKey: string): { linked: LinkedRiskEntry[]; derived: DerivedRisk[] } {
  const linked = register.risks.flatMap((risk): LinkedRiskEntry[] => {
    if (risk.key === issueKey) return [];
    if (risk.treatmentKeys.includes(issueKey)) return [{ risk, relation: 'treats' }];
    return risk.linkedKeys.includes(issueKey) ? [{ risk, relation: 'linked' }] : [];
  });
  return { linked, derived: register.derived.filter((d) => d.issueKeys.includes(issueKey)) };
}
