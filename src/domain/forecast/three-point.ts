/**
 * A three-point estimate made usable (PMBOK Guide 6th ed., 6.4.2.4 "three-point estimating"): optimistic <=
 * most likely <= pessimistic. Pessimistic below optimistic is read as the two swapped; a most likely value
 * outside the range is moved to its nearest end; an estimate missing a value is not used. Each with a finding.
 * Example: 8 / 3 / 5 -> 3 / 5 / 8 (swapped ends); 2 / 9 / 6 -> 2 / 6 / 6 (mode moved).
 */
import type { ThreePointEstimate } from '../work-item';
import type { ForecastFinding } from './forecast-finding';

export interface Triangle {
  low: number;
  mode: number;
  high: number;
}

const usable = (v: number | null): v is number => v !== null && Number.isFinite(v) && v >= 0;

export function threePoint(key: string, estimate: ThreePointEstimate | null | undefined, findings: ForecastFinding[]): Triangle | null {
  if (!estimate) return null;
  const { optimistic, mostLikely, pessimistic } = estimate;
  if (optimistic === null && mostLikely === null && pessimistic === null) return null;
  if (!usable(optimistic) || !usable(mostLikely) || !usable(pessimistic)) {
    findings.push({
      kind: 'three-point-incomplete',
      title: 'Three-point estimates with a value missing or below zero',
      advice: 'Not used: these issues take the calibrated or default spread around their estimate. Fill in all three values.',
      issueKeys: [key],
    });
    return null;
  }
  let [low, high] = [optimistic, pessimistic];
  if (high < low) {
    [low, high] = [high, low];
    findings.push({
      kind: 'three-point-order',
      title: 'Pessimistic estimates below the optimistic one',
      advice: 'Read as the two values swapped. Correct the fields in Jira.',
      issueKeys: [key],
    });
  }
  const mode = Math.min(high, Math.max(low, mostLikely));
  if (mode !== mostLikely) {
    findings.push({
      kind: 'three-point-mode',
      title: 'Most likely estimates outside the optimistic to pessimistic range',
      advice: 'Moved to the nearest end of the range. Correct the fields in Jira.',
      issueKeys: [key],
    });
  }
  return { low, mode, high };
}
