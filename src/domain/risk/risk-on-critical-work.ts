/**
 * Derived risks from register risks linked to open critical or near-critical work: the risk threatens the
 * project's finish date directly, so its score is weighted up (see `scored-risk.ts`) and shown why.
 * High severity when the weighted score reaches `HIGH_SCORE` on the 1-5 scale (15 of 25), or on critical work
 * in money terms. O(risks x links).
 */
import { pathWords, type DerivedRisk, type PlanNode } from './derived-risk';
import type { RiskScale, ScoredRisk } from './risk-record';

export const HIGH_SCORE = 15;

export function riskOnCriticalWork(risks: readonly ScoredRisk[], nodes: readonly PlanNode[], scale: RiskScale): DerivedRisk[] {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  return risks.flatMap((risk): DerivedRisk[] => {
    if (risk.statusCategory === 'done' || risk.criticalWork.length === 0) return [];
    const work = risk.criticalWork.flatMap((k) => {
      const node = byKey.get(k);
      return node ? [node] : [];
    });
    const critical = work.some((n) => n.critical);
    const high = scale === 'oneToFive' ? (risk.weightedScore ?? 0) >= HIGH_SCORE : critical;
    return [
      {
        kind: 'risk-on-critical-work',
        title: `Risk ${risk.key} threatens ${critical ? 'critical' : 'near-critical'} work`,
        evidence: [
          `${risk.key} "${risk.summary}" is linked to ${work.map((n) => `${n.key} "${n.summary}"`).join(', ')}.`,
          ...work.map((n) => `${n.key}: ${pathWords(n)}.`),
          risk.weightReason ?? `${risk.key} has no score to weight: rate its probability and impact.`,
        ],
        issueKeys: [risk.key, ...work.map((n) => n.key)],
        severity: high ? 'high' : 'medium',
      },
    ];
  });
}
