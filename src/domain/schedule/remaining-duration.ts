/**
 * The remaining duration of work under way at the status date (PMI Practice Standard for Scheduling, 3rd ed.,
 * "remaining duration": in-progress activities are scheduled from the status date for the work left, not the
 * whole estimate). By duration source: original estimate -> remaining estimate seconds / (hours per day x 3600);
 * story points -> days x the share not yet logged, spent / (spent + remaining), else spent / original estimate;
 * start and due date -> working days from the status date to the due date. Without these, the whole duration.
 */
import type { WorkItem } from '../work-item';
import { itemDuration, type DurationSettings } from './item-duration';
import type { WorkingCalendar } from './working-calendar';

/** Where the remaining duration came from; `assumedWhole` means nothing said how much is left. */
export type RemainingBasis = 'remainingEstimate' | 'loggedShare' | 'dueDate' | 'assumedWhole';

export interface RemainingDuration {
  days: number;
  basis: RemainingBasis;
}

const known = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** The share of an item's work already logged, 0 to 1; null when nothing says. */
function loggedShare(item: WorkItem): number | null {
  const spent = item.timeSpentSeconds;
  const left = item.remainingEstimateSeconds;
  if (known(left)) return known(spent) && spent + left > 0 ? spent / (spent + left) : left === 0 ? 1 : 0;
  const original = item.originalEstimateSeconds;
  if (known(spent) && known(original) && original > 0) return Math.min(1, spent / original);
  return null;
}

/**
 * Examples, 8-hour days: 5 days estimated, 12 h remaining -> 1.5 days (remainingEstimate); 4 points at 1 day,
 * 6 h spent, 18 h remaining -> 3 days (loggedShare); 4 points, 8 h spent of a 16 h original estimate, no
 * remaining -> 2 days; due Friday, status date Wednesday -> 3 days (dueDate). Null when the item has no
 * duration data and no remaining estimate to stand in for it.
 */
export function remainingDuration(
  item: WorkItem,
  settings: DurationSettings,
  calendar: WorkingCalendar,
  statusDate: string,
): RemainingDuration | null {
  const whole = itemDuration(item, settings, calendar);
  switch (settings.source) {
    case 'originalEstimate':
      if (known(item.remainingEstimateSeconds)) return { days: item.remainingEstimateSeconds / (calendar.hoursPerDay * 3600), basis: 'remainingEstimate' };
      break;
    case 'storyPoints': {
      const share = whole === null ? null : loggedShare(item);
      if (whole !== null && share !== null) return { days: whole * (1 - share), basis: known(item.remainingEstimateSeconds) ? 'remainingEstimate' : 'loggedShare' };
      break;
    }
    case 'dateSpan':
      if (whole !== null && item.dueDate !== null && item.dueDate >= statusDate) return { days: calendar.workingDaysBetween(statusDate, item.dueDate), basis: 'dueDate' };
      break;
  }
  return whole === null ? null : { days: whole, basis: 'assumedWhole' };
}
