/**
 * A stored forecast's figures as the simulation gave them (schedule-forecast.ts, `Forecast`), for a plan whose
 * fingerprint is the one the stored forecast was simulated from (forecast-plan-fingerprint.ts): the same plan
 * gives the same figures, so they are taken over and only what is not the simulation's (the issues' summaries,
 * the scope) is made again (get-forecast.ts, storedForecastOf). Null when the stored forecast names fewer issues
 * than it counted (a cut answer): the figures of the others are not there to take.
 */
import type { StoredForecast } from '../contract/forecast';
import type { ForecastFinding } from '../domain/forecast/forecast-finding';
import type { Forecast } from '../domain/forecast/schedule-forecast';

export function keptForecast(stored: StoredForecast, findings: ForecastFinding[]): Forecast | null {
  if (stored.issues.length !== stored.issueCount) return null;
  const { percentiles, p80Range, target, basis } = stored;
  return {
    iterations: stored.iterations,
    seed: stored.seed,
    percentiles: { p10: percentiles.p10, p50: percentiles.p50, p80: percentiles.p80, p90: percentiles.p90 },
    p80Range: { from: p80Range.from, to: p80Range.to },
    meanDate: stored.meanDate,
    meanDays: stored.meanDays,
    cpmFinishDate: stored.cpmFinishDate,
    cpmLikelihood: stored.cpmLikelihood,
    target: target === null ? null : { date: target.date, probability: target.probability },
    samplingError: stored.samplingError,
    histogram: stored.histogram.map((b) => ({ from: b.from, to: b.to, count: b.count, cumulative: b.cumulative })),
    curve: stored.curve.map((s) => ({ day: s.day, cumulative: s.cumulative })),
    issues: stored.issues.map((i) => ({ key: i.key, criticality: i.criticality, cruciality: i.cruciality, basis: i.basis })),
    risks: stored.risks.map((r) => ({
      key: r.key,
      category: r.category,
      probability: r.probability,
      impactDays: r.impactDays,
      issueKeys: [...r.issueKeys],
      struckShare: r.struckShare,
      daysAddedAtP80: r.daysAddedAtP80,
    })),
    basis: {
      counts: { fixed: basis.counts.fixed, threePoint: basis.counts.threePoint, calibrated: basis.counts.calibrated, defaultSpread: basis.counts.defaultSpread },
      calibration: { issueCount: basis.calibration.issueCount, groups: basis.calibration.groups.map((g) => ({ label: g.label, issues: g.issues, meanRatio: g.meanRatio })) },
      spread: { optimistic: basis.spread.optimistic, pessimistic: basis.spread.pessimistic },
      risksSimulated: basis.risksSimulated,
    },
    findings,
  };
}
