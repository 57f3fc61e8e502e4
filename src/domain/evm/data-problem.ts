/**
 * A value the earned-value figures had to leave out, and why: data shown to the user (STYLE.md, "Errors"),
 * never an exception. The use case turns these into findings with advice.
 */

export type DataProblemKind =
  | 'negative'
  | 'not-a-number'
  | 'above-ceiling'
  | 'no-rate'
  | 'no-planned-dates'
  | 'finish-before-start'
  | 'percent-out-of-range'
  | 'parent-cycle'
  | 'replaced-by-children'
  | 'time-on-parents';

export interface DataProblem {
  /** The work item concerned. */
  key: string;
  problem: DataProblemKind;
  /** One line a person can act on, e.g. "budget -40 is negative". */
  detail: string;
}

/**
 * Why `value` cannot be used as an amount (hours, money, points), or null when it can.
 * Example: amountProblem(-4, 1000) = 'negative'; amountProblem(NaN, 1000) = 'not-a-number';
 * amountProblem(5000, 1000) = 'above-ceiling'; amountProblem(0, 1000) = null.
 */
export function amountProblem(value: number, ceiling: number): 'negative' | 'not-a-number' | 'above-ceiling' | null {
  if (!Number.isFinite(value)) return 'not-a-number';
  if (value < 0) return 'negative';
  if (value > ceiling) return 'above-ceiling';
  return null;
}
