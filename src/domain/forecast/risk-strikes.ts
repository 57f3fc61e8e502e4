/**
 * The register's open risks as events of the forecast (DESIGN.md section 1, "Forecast"; D. Hulett, "Practical
 * Schedule Risk Analysis", Gower 2009, ch. 8, risk drivers): each strikes with its probability and adds its
 * schedule impact in working days to each open activity it is linked to (treatments too, as the register reads
 * "linked work": risk-on-critical-work.ts). Probability: a 1-5
 * rating through the admin's table, or a percent / 100. Impact: the mapped days field, else a 1-5 impact
 * rating through the admin's table; money has no unit of time. Risks of one category strike together when
 * the settings correlate them: one draw decides the group, so risks of equal probability strike as one. O(R + links).
 */
import type { RiskRecord, RiskScale } from '../risk/risk-record';
import type { ForecastFinding } from './forecast-finding';

export interface RiskImpactMapping {
  scale: RiskScale;
  /** Probability (0-1) of a rating of 1, 2, 3, 4, 5. */
  probabilityOfRating: readonly number[];
  /** Working days of an impact rating of 1, 2, 3, 4, 5. */
  daysOfImpactRating: readonly number[];
  correlateBy: 'none' | 'category';
}

export interface RiskStrike {
  key: string;
  probability: number;
  impactDays: number;
  /** Nodes the impact is added to. */
  nodes: Int32Array;
  /** Index of the group whose one draw decides whether the risk strikes. */
  group: number;
  category: string | null;
}

export type ForecastRisk = Pick<RiskRecord, 'key' | 'statusCategory' | 'category' | 'probability' | 'impact' | 'linkedKeys' | 'scheduleImpactDays'>;

function probabilityOf(risk: ForecastRisk, mapping: RiskImpactMapping, findings: ForecastFinding[]): number | null {
  const raw = risk.probability;
  if (raw === null || !Number.isFinite(raw)) {
    findings.push({ kind: 'risk-probability-missing', title: 'Open risks linked to work without a probability', advice: 'Left out of the forecast. Rate their probability.', issueKeys: [risk.key] });
    return null;
  }
  if (mapping.scale === 'percentAndMoney') {
    if (raw > 100 || raw < 0) {
      findings.push({
        kind: 'risk-probability-range',
        title: 'Risk probabilities outside 0 to 100%',
        advice: 'Taken as certain (above 100%) or as never (below 0). Correct the rating.',
        issueKeys: [risk.key],
      });
    }
    return Math.min(1, Math.max(0, raw / 100));
  }
  const rating = Math.round(raw);
  if (rating < 1 || rating > 5 || rating !== raw) {
    findings.push({
      kind: 'risk-probability-range',
      title: 'Risk probability ratings outside whole numbers 1 to 5',
      advice: 'Taken as the nearest rating from 1 to 5, so a probability above the highest is read as the highest. Correct the rating.',
      issueKeys: [risk.key],
    });
  }
  return Math.min(1, Math.max(0, mapping.probabilityOfRating[Math.min(5, Math.max(1, rating)) - 1] ?? 0));
}

function impactDaysOf(risk: ForecastRisk, mapping: RiskImpactMapping, findings: ForecastFinding[]): number | null {
  const days = risk.scheduleImpactDays;
  if (days !== undefined && days !== null && Number.isFinite(days) && days >= 0) return days;
  if (mapping.scale === 'oneToFive' && risk.impact !== null && Number.isFinite(risk.impact)) {
    return mapping.daysOfImpactRating[Math.min(5, Math.max(1, Math.round(risk.impact))) - 1] ?? 0;
  }
  findings.push({
    kind: 'risk-impact-unit',
    title: 'Open risks linked to work whose impact has no unit of time',
    advice:
      mapping.scale === 'percentAndMoney'
        ? 'Their impact is money, so they are left out of the forecast (no schedule impact assumed). Map a schedule impact field in days in the forecast settings.'
        : 'Without an impact rating or a schedule impact in days they are left out of the forecast (no schedule impact assumed). Rate them or fill in the days.',
    issueKeys: [risk.key],
  });
  return null;
}

/** Open risks linked to open activities (`nodeOf` gives a node for an open activity, else undefined). */
export function riskStrikes(risks: readonly ForecastRisk[], mapping: RiskImpactMapping, nodeOf: (key: string) => number | undefined, findings: ForecastFinding[]): RiskStrike[] {
  const strikes: RiskStrike[] = [];
  const groups = new Map<string, number>();
  let nextGroup = 0;
  const unlinked: string[] = [];
  for (const risk of risks) {
    if (risk.statusCategory === 'done') continue;
    const nodes = [...new Set(risk.linkedKeys.flatMap((k) => nodeOf(k) ?? []))];
    if (nodes.length === 0) {
      unlinked.push(risk.key);
      continue;
    }
    const probability = probabilityOf(risk, mapping, findings);
    const impactDays = impactDaysOf(risk, mapping, findings);
    if (probability === null || impactDays === null) continue;
    let group = nextGroup;
    if (mapping.correlateBy === 'category' && risk.category !== null) {
      group = groups.get(risk.category) ?? nextGroup;
      groups.set(risk.category, group);
    }
    if (group === nextGroup) nextGroup++;
    strikes.push({ key: risk.key, probability, impactDays, nodes: Int32Array.from(nodes), group, category: risk.category });
  }
  if (unlinked.length > 0) {
    findings.push({
      kind: 'risk-no-open-work',
      title: `${unlinked.length} open risk${unlinked.length === 1 ? ' is' : 's are'} linked to no open work in the schedule`,
      advice: 'They cannot move the finish, so the forecast leaves them out. Link each risk to the work it would delay.',
      issueKeys: unlinked,
    });
  }
  return strikes;
}
