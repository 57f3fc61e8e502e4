/**
 * What the forecast had to assume about its input: a three-point estimate out of order, a risk rating out of
 * range, too few done issues to calibrate, a target in the past. Data shown to the user with what Keel
 * assumed instead (STYLE.md, "Errors"), never an exception and never a NaN.
 */

export type ForecastFindingKind =
  | 'three-point-order'
  | 'three-point-mode'
  | 'three-point-incomplete'
  | 'calibration-too-few'
  | 'calibration-outliers'
  | 'risk-probability-range'
  | 'risk-probability-missing'
  | 'risk-impact-unit'
  | 'risk-no-open-work'
  | 'target-in-past'
  | 'target-invalid'
  | 'iterations-capped';

export interface ForecastFinding {
  kind: ForecastFindingKind;
  title: string;
  /** What Keel assumed instead, and how to fix it in Jira or the settings. */
  advice: string;
  issueKeys: string[];
}

/** One finding per kind, its keys merged and sorted (a kind repeats for each issue that has the problem). */
export function mergedFindings(findings: readonly ForecastFinding[]): ForecastFinding[] {
  const byKind = new Map<ForecastFindingKind, ForecastFinding>();
  for (const f of findings) {
    const seen = byKind.get(f.kind);
    if (seen) seen.issueKeys.push(...f.issueKeys);
    else byKind.set(f.kind, { ...f, issueKeys: [...f.issueKeys] });
  }
  return [...byKind.values()].map((f) => ({ ...f, issueKeys: [...new Set(f.issueKeys)].sort() }));
}
