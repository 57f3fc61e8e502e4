/**
 * One risk scored: inherent and residual score on the site's scale, FMEA RPN, the weight critical work adds
 * (score x critical weight when linked to open critical work, x near-critical weight for near-critical work),
 * and what is missing. Bad ratings never throw: the risk is listed with its problems.
 */
import type { RiskRecord, RiskScale, ScoredRisk } from './risk-record';
import { ratingProblems, riskPriorityNumber, scoreOnScale } from './risk-score';

export interface CriticalWork {
  critical: ReadonlySet<string>;
  nearCritical: ReadonlySet<string>;
}

export interface RiskWeights {
  critical: number;
  nearCritical: number;
}

function ownerProblems(record: RiskRecord): string[] {
  if (record.owner === null) return ['No owner: nobody is answerable for this risk.'];
  if (!record.owner.active) return [`The owner, ${record.owner.displayName}, is a deactivated account: name a new owner.`];
  return [];
}

function weighting(record: RiskRecord, score: number | null, work: CriticalWork, weights: RiskWeights) {
  const critical = record.linkedKeys.filter((k) => work.critical.has(k));
  const near = record.linkedKeys.filter((k) => !work.critical.has(k) && work.nearCritical.has(k));
  const factor = critical.length > 0 ? weights.critical : near.length > 0 ? weights.nearCritical : 1;
  const criticalWork = [...critical, ...near];
  if (factor === 1 || score === null) return { criticalWork, weightedScore: score, weightReason: null };
  const on = critical.length > 0 ? `critical work (${critical.join(', ')})` : `near-critical work (${near.join(', ')})`;
  return {
    criticalWork,
    weightedScore: Math.round(score * factor * 100) / 100,
    weightReason: `Linked to ${on}: score ${score} x ${factor}.`,
  };
}

export function scoredRisk(record: RiskRecord, scale: RiskScale, work: CriticalWork, weights: RiskWeights): ScoredRisk {
  const inherentScore = scoreOnScale(scale, record.probability, record.impact);
  const open = record.statusCategory !== 'done';
  const problems = [
    ...record.problems,
    ...ratingProblems(scale, [
      { name: 'Probability', value: record.probability, kind: 'probability' },
      { name: 'Impact', value: record.impact, kind: 'impact' },
      { name: 'Residual probability', value: record.residualProbability, kind: 'probability' },
      { name: 'Residual impact', value: record.residualImpact, kind: 'impact' },
      { name: 'Severity', value: record.severity, kind: 'fmea' },
      { name: 'Occurrence', value: record.occurrence, kind: 'fmea' },
      { name: 'Detection', value: record.detection, kind: 'fmea' },
    ]),
    ...(record.probability === null ? ['No probability, so no score.'] : []),
    ...(record.impact === null ? ['No impact, so no score.'] : []),
    ...ownerProblems(record),
  ];
  return {
    ...record,
    problems,
    inherentScore,
    residualScore: scoreOnScale(scale, record.residualProbability, record.residualImpact),
    rpn: riskPriorityNumber(record.severity, record.occurrence, record.detection),
    ...weighting(record, inherentScore, work, weights),
    flags: {
      noOwner: open && (record.owner === null || !record.owner.active),
      noTreatment: open && record.treatmentKeys.length === 0,
      noReviewDate: open && record.reviewDate === null,
    },
  };
}
