/**
 * Bottom-up estimate at completion (PMI, PMBOK Guide, 6th ed., Control Costs, forecasting: "EAC = AC + bottom-up
 * ETC"): ETC = sum of each item's remaining hours x its rate, EAC = AC + ETC. O(n).
 */
import { amountProblem, type DataProblem } from './data-problem';

export interface RemainingWork {
  key: string;
  /** Remaining estimate in hours; null when the item has none (it adds nothing and is not reported). */
  remainingHours: number | null;
  /** Money per hour for whoever does the rest; null when no rate applies. */
  rate: number | null;
}

export interface BottomUpEac {
  etc: number;
  eac: number;
  problems: DataProblem[];
}

/**
 * Example: AC 500, remaining [10 h at 40, 5 h at 60, -3 h at 40]: ETC = 400 + 300 = 700, EAC = 1200, and the
 * -3 h is reported as 'negative'. An item with hours left but no rate is reported as 'no-rate'.
 */
export function bottomUpEac(ac: number, remaining: readonly RemainingWork[], ceilingHours = Number.POSITIVE_INFINITY): BottomUpEac {
  const problems: DataProblem[] = [];
  let etc = 0;
  for (const { key, remainingHours, rate } of remaining) {
    if (remainingHours === null) continue;
    const bad = amountProblem(remainingHours, ceilingHours);
    if (bad) {
      problems.push({ key, problem: bad, detail: `remaining estimate ${remainingHours} h is ${bad.replaceAll('-', ' ')}` });
      continue;
    }
    if (remainingHours === 0) continue;
    const rateProblem = rate === null ? 'no-rate' : amountProblem(rate, Number.POSITIVE_INFINITY);
    if (rate === null || rateProblem) {
      problems.push({ key, problem: rateProblem ?? 'no-rate', detail: `${remainingHours} h left with no usable rate` });
      continue;
    }
    etc += remainingHours * rate;
  }
  return { etc, eac: ac + etc, problems };
}
