/**
 * The risks an issue takes part in, read from its project's register: the register's risks that it treats or
 * is linked to, and the schedule risks the plan reveals that name it. O(risks x links + derived risks).
 */
import type { DerivedRisk, RiskRegisterResult, ScoredRisk } from '@contract';

export interface LinkedRisk {
  risk: ScoredRisk;
  /** `treats`: linked by the treatment link type; `linked`: any other link. */
  relation: 'treats' | 'linked';
}

export interface IssueRisks {
  linked: LinkedRisk[];
  derived: DerivedRisk[];
}

/**
 * @example issueRisksOf(register, 'PAY-12') // { linked: [{ risk: PAY-40, relation: 'treats' }], derived: [late-critical-work of PAY-12] }
 * The issue's own risk (when it is a risk) is not "linked" to itself; its derived risks still are listed.
 */
export function issueRisksOf(register: Pick<RiskRegisterResult, 'risks' | 'derived'>, issueKey: string): IssueRisks {
  const linked = register.risks.flatMap((risk): LinkedRisk[] => {
    if (risk.key === issueKey) return [];
    if (risk.treatmentKeys.includes(issueKey)) return [{ risk, relation: 'treats' }];
    return risk.linkedKeys.includes(issueKey) ? [{ risk, relation: 'linked' }] : [];
  });
  return { linked, derived: register.derived.filter((d) => d.issueKeys.includes(issueKey)) };
}

/** The project of an issue key: `PAY-12` is in `PAY`. */
export const projectOfIssue = (issueKey: string): string => issueKey.slice(0, issueKey.lastIndexOf('-'));
