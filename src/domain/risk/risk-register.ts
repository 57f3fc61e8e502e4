/**
 * The risk register of a project: every risk scored and weighted by the critical work it is linked to, the
 * schedule risks the plan reveals, the 5x5 heat maps, and the open risks without owner, treatment or review
 * date. Risks sort by weighted score (unscored last), derived risks by severity. O(risks x links + plan).
 */
import { compareIssueKeys } from '../issue-key-order';
import { criticalWorkRisks } from './critical-work-risks';
import { cycleRisks } from './cycle-risks';
import type { DerivedRisk, RiskPlan } from './derived-risk';
import { heatMap, type HeatMap } from './heat-map';
import { outsidePredecessorRisks } from './outside-predecessor-risks';
import { riskOnCriticalWork } from './risk-on-critical-work';
import type { RiskRecord, RiskScale, ScoredRisk } from './risk-record';
import { scoredRisk, type RiskWeights } from './scored-risk';

export interface RiskRegister {
  risks: ScoredRisk[];
  derived: DerivedRisk[];
  heatMap: { inherent: HeatMap; residual: HeatMap };
  flagged: { withoutOwner: string[]; withoutTreatment: string[]; withoutReviewDate: string[] };
}

export interface RiskRegisterInput {
  records: readonly RiskRecord[];
  plan: RiskPlan;
  scale: RiskScale;
  weights: RiskWeights;
}

const byScore = (a: ScoredRisk, b: ScoredRisk): number =>
  (b.weightedScore ?? -1) - (a.weightedScore ?? -1) || compareIssueKeys(a.key, b.key);

const SEVERITY_ORDER = { high: 0, medium: 1 } as const;

export function riskRegister({ records, plan, scale, weights }: RiskRegisterInput): RiskRegister {
  const open = plan.nodes.filter((n) => n.statusCategory !== 'done');
  const work = {
    critical: new Set(open.filter((n) => n.critical).map((n) => n.key)),
    nearCritical: new Set(open.filter((n) => n.nearCritical).map((n) => n.key)),
  };
  const risks = records.map((r) => scoredRisk(r, scale, work, weights)).sort(byScore);
  const derived = [
    ...riskOnCriticalWork(risks, plan.nodes, scale),
    ...criticalWorkRisks(plan.nodes),
    ...outsidePredecessorRisks(plan.nodes, plan.edges),
    ...cycleRisks(plan.cycles),
  ];
  // A stable sort keeps the kinds in the order above within each severity.
  derived.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const keys = (flag: keyof ScoredRisk['flags']) => risks.filter((r) => r.flags[flag]).map((r) => r.key).sort(compareIssueKeys);
  return {
    risks,
    derived,
    heatMap: { inherent: heatMap(risks, 'inherent'), residual: heatMap(risks, 'residual') },
    flagged: { withoutOwner: keys('noOwner'), withoutTreatment: keys('noTreatment'), withoutReviewDate: keys('noReviewDate') },
  };
}
