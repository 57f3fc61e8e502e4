/**
 * An item's duration in working days from the admin's duration source (DESIGN.md section 1, "Critical
 * path"): original estimate seconds / (hours per day x 3600); story points x days per point; or the working
 * days from start date to due date, both included. Examples, 8-hour days: 57,600 s -> 2; 3 points at 0.5 ->
 * 1.5; Mon 2025-12-22 to Fri 2025-12-26 -> 5. Null when the item lacks the data (hasDurationData).
 */
import { hasDurationData, type DurationSource } from '../duration-source';
import type { WorkItem } from '../work-item';
import type { WorkingCalendar } from './working-calendar';

export interface DurationSettings {
  source: DurationSource;
  /** Used by the story-points source. */
  daysPerPoint: number;
}

export function itemDuration(item: WorkItem, settings: DurationSettings, calendar: WorkingCalendar): number | null {
  if (!hasDurationData(item, settings.source)) return null;
  switch (settings.source) {
    case 'originalEstimate':
      return (item.originalEstimateSeconds ?? 0) / (calendar.hoursPerDay * 3600);
    case 'storyPoints':
      return (item.storyPoints ?? 0) * settings.daysPerPoint;
    case 'dateSpan':
      return calendar.workingDaysBetween(item.startDate ?? '', item.dueDate ?? '');
  }
}
