/**
 * Percent complete by the admin's method (DESIGN.md section 1, "Earned value"; PMI, Practice Standard for Earned
 * Value Management, 2nd ed., "fixed formula" 0/100 and 50/50, and physical measures): a fraction from 0 to 1, so
 * that EV = budget x percent complete. O(1).
 */
import { AppError } from '../../app-error';
import type { StatusCategory } from '../work-item';

export type PercentCompleteMethod =
  | { kind: 'zero-hundred' }
  | { kind: 'fifty-fifty' }
  /** To Do 0, In Progress `inProgressShare` (0 to 1), Done 1. */
  | { kind: 'status-category'; inProgressShare: number }
  /** Time spent / (time spent + remaining estimate). */
  | { kind: 'time-based' };

export interface ProgressFacts {
  statusCategory: StatusCategory;
  timeSpentSeconds?: number | null;
  remainingEstimateSeconds?: number | null;
}

/** 0/100: no credit until done. Example: zeroHundred('inProgress') = 0, zeroHundred('done') = 1. */
export function zeroHundred(category: StatusCategory): number {
  return category === 'done' ? 1 : 0;
}

/** 50/50: half at the start, half at the finish. Example: fiftyFifty('todo') = 0, fiftyFifty('inProgress') = 0.5. */
export function fiftyFifty(category: StatusCategory): number {
  return statusCategoryShare(category, 0.5);
}

/**
 * To Do 0, In Progress the configured share, Done 1. Throws when the share is not between 0 and 1: a setting
 * no answer can be computed from. Example: statusCategoryShare('inProgress', 0.3) = 0.3.
 */
export function statusCategoryShare(category: StatusCategory, inProgressShare: number): number {
  if (!(inProgressShare >= 0 && inProgressShare <= 1)) {
    throw new AppError('INVALID_SETTINGS', `The in-progress share must be between 0 and 1, not ${inProgressShare}.`);
  }
  if (category === 'done') return 1;
  return category === 'inProgress' ? inProgressShare : 0;
}

/**
 * spent / (spent + remaining). Null ("not defined") when both are 0 or missing, or either is negative or not a
 * number: there is no time to measure progress by. A missing side counts as 0 when the other is known.
 * Example: timeBased(6 h, 2 h) = 0.75; timeBased(0, 8 h) = 0; timeBased(3 h, null) = 1; timeBased(null, null) = null.
 */
export function timeBased(spentSeconds: number | null | undefined, remainingSeconds: number | null | undefined): number | null {
  if (spentSeconds == null && remainingSeconds == null) return null;
  const spent = spentSeconds ?? 0;
  const remaining = remainingSeconds ?? 0;
  if (!Number.isFinite(spent) || !Number.isFinite(remaining) || spent < 0 || remaining < 0) return null;
  const total = spent + remaining;
  return total === 0 ? null : spent / total;
}

/** The fraction complete of one item by `method`. Example: percentComplete({ kind: 'fifty-fifty' }, { statusCategory: 'done' }) = 1. */
export function percentComplete(method: PercentCompleteMethod, facts: ProgressFacts): number | null {
  switch (method.kind) {
    case 'zero-hundred':
      return zeroHundred(facts.statusCategory);
    case 'fifty-fifty':
      return fiftyFifty(facts.statusCategory);
    case 'status-category':
      return statusCategoryShare(facts.statusCategory, method.inProgressShare);
    case 'time-based':
      return timeBased(facts.timeSpentSeconds, facts.remainingEstimateSeconds);
  }
}
