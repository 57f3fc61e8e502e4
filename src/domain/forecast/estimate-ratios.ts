/**
 * The scope's own estimating record: actual over estimated effort of its done issues (time logged / the
 * estimate the duration source gives), the empirical distribution the forecast resamples (bootstrap: B. Efron,
 * "Bootstrap methods", Annals of Statistics 7(1), 1979). An open issue draws from the done issues of its size
 * band (SIZE_BANDS: small work overruns its estimate by other ratios than large work) when the band has
 * `minIssues`, else of its issue type when the type has, else of the whole scope; below `minIssues` in all, no
 * calibration. O(n log n).
 * Example: done tasks estimated 2 days that logged 1, 2 and 3 days give the pool [0.5, 1, 1.5].
 */
import type { WorkItem } from '../work-item';
import type { ForecastFinding } from './forecast-finding';

/** Size bands by the estimate in working days: each band holds estimates up to its bound (the last, any larger). */
export const SIZE_BANDS = [
  { upTo: 1, label: 'estimates up to 1 day' },
  { upTo: 3, label: 'estimates over 1 and up to 3 days' },
  { upTo: 10, label: 'estimates over 3 and up to 10 days' },
  { upTo: Infinity, label: 'estimates over 10 days' },
] as const;

/** The index of the size band of an estimate in working days. */
export function sizeBandOf(days: number): number {
  const band = SIZE_BANDS.findIndex((b) => days <= b.upTo);
  return band === -1 ? SIZE_BANDS.length - 1 : band;
}

/** Ratios outside this range are taken for typos (a week logged on an hour's estimate) and left out. */
export const RATIO_RANGE = { min: 0.05, max: 20 } as const;

export interface RatioGroup {
  /** The size band ("estimates up to 1 day"), the issue type, or "all issue types" for the whole-scope pool. */
  label: string;
  /** Sorted ratios. */
  ratios: Float64Array;
  mean: number;
}

export interface EstimateRatios {
  groups: RatioGroup[];
  /** The group an item's duration is resampled from (its size band's, else its type's, else the whole scope's); -1 when none. */
  groupOf: (item: WorkItem) => number;
  /** Done issues the calibration rests on. */
  issueCount: number;
  findings: ForecastFinding[];
}

export interface RatioSettings {
  hoursPerDay: number;
  /** The estimated duration in working days, as the schedule reads it; null without one. */
  durationOf: (item: WorkItem) => number | null;
  minIssues: number;
}

function group(label: string, values: number[]): RatioGroup {
  const ratios = Float64Array.from(values).sort();
  return { label, ratios, mean: values.reduce((s, r) => s + r, 0) / values.length };
}

export function estimateRatios(items: readonly WorkItem[], settings: RatioSettings): EstimateRatios {
  const byType = new Map<string, number[]>();
  const byBand = new Map<number, number[]>();
  const outliers: string[] = [];
  let count = 0;
  for (const item of items) {
    if (item.statusCategory !== 'done') continue;
    const estimate = settings.durationOf(item);
    const spent = item.timeSpentSeconds ?? 0;
    if (estimate === null || !(estimate > 0) || !(spent > 0)) continue;
    const ratio = spent / 3600 / settings.hoursPerDay / estimate;
    if (!(ratio >= RATIO_RANGE.min && ratio <= RATIO_RANGE.max)) {
      outliers.push(item.key);
      continue;
    }
    byType.set(item.type, [...(byType.get(item.type) ?? []), ratio]);
    const band = sizeBandOf(estimate);
    byBand.set(band, [...(byBand.get(band) ?? []), ratio]);
    count++;
  }
  const findings: ForecastFinding[] = [];
  if (outliers.length > 0) {
    findings.push({
      kind: 'calibration-outliers',
      title: `${outliers.length} done issue${outliers.length === 1 ? '' : 's'} logged under ${RATIO_RANGE.min} or over ${RATIO_RANGE.max} times the estimate`,
      advice: 'Taken for typos and left out of the calibration. Correct the estimate or the worklogs in Jira if they are wrong.',
      issueKeys: outliers,
    });
  }
  if (count < settings.minIssues) {
    findings.push({
      kind: 'calibration-too-few',
      title: `Only ${count} done issue${count === 1 ? '' : 's'} with an estimate and time logged: too few to calibrate (${settings.minIssues} needed)`,
      advice: 'Open work without a three-point estimate is given the default spread from the settings instead. Log work on done issues, or map three-point estimate fields.',
      issueKeys: [],
    });
    return { groups: [], groupOf: () => -1, issueCount: count, findings };
  }
  const groups: RatioGroup[] = [group('all issue types', [...byType.values()].flat())];
  const indexOfBand = new Map<number, number>();
  for (const [band, ratios] of [...byBand].sort(([a], [b]) => a - b)) {
    if (ratios.length < settings.minIssues) continue;
    indexOfBand.set(band, groups.length);
    groups.push(group(SIZE_BANDS[band]?.label ?? 'estimates', ratios));
  }
  const indexOfType = new Map<string, number>();
  for (const [type, ratios] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    if (ratios.length < settings.minIssues) continue;
    indexOfType.set(type, groups.length);
    groups.push(group(type, ratios));
  }
  const groupOf = (item: WorkItem): number => {
    const estimate = settings.durationOf(item);
    const band = estimate === null ? undefined : indexOfBand.get(sizeBandOf(estimate));
    return band ?? indexOfType.get(item.type) ?? 0;
  };
  return { groups, groupOf, issueCount: count, findings };
}
