/**
 * What a day's snapshot keeps of the Earned value and Risks answers: the headline figures, the exposure and
 * the heat-map counts, small enough that years of days stay cheap to store and to read back for a trend.
 */
import type { EvmResult, EvmSnapshot, RiskRegisterResult, RiskSnapshot } from '../contract';

export function evmSnapshot(evm: EvmResult): EvmSnapshot {
  const { es, at, spit, forecastFinish } = evm.earnedSchedule;
  return { asOf: evm.asOf, currency: evm.currency, figures: evm.figures, earnedSchedule: { es, at, spit, forecastFinish }, findingCount: evm.findings.length };
}

/**
 * Exposure sums the open risks' scores; an unrated risk adds nothing (the heat map counts it as unplaced).
 * Example: open risks scored 12 and 6 (inherent), 4 and null (residual) -> exposure { inherent: 18, residual: 4 }.
 */
export function riskSnapshot(register: RiskRegisterResult): RiskSnapshot {
  const open = register.risks.filter((r) => r.statusCategory !== 'done');
  const sum = (score: (r: (typeof open)[number]) => number | null) => open.reduce((total, r) => total + (score(r) ?? 0), 0);
  return {
    asOf: register.asOf,
    scale: register.scale,
    openRisks: open.length,
    exposure: { inherent: sum((r) => r.inherentScore), residual: sum((r) => r.residualScore) },
    heatMap: register.heatMap,
    derivedRisks: register.derived.length,
  };
}
