/**
 * Which duration source the schedule should start from, given what the site has: time tracking (the
 * system field `timeoriginalestimate`) first, as DESIGN.md's default; else story points; else the span
 * from a start date to the due date; else the default, which will report missing data.
 */
import type { DurationSource } from '../duration-source';
import type { Detection } from './ranked-choice';
import type { SiteFieldInfo } from './site-inventory';

export interface DurationSourceChoice {
  chosen: DurationSource;
  reason: string;
}

export function durationSourceChoice(fields: readonly SiteFieldInfo[], storyPoints: Detection, startDate: Detection): DurationSourceChoice {
  if (fields.some((f) => f.systemType === 'timeoriginalestimate' || f.id === 'timeoriginalestimate')) {
    return { chosen: 'originalEstimate', reason: 'time tracking is on (system field timeoriginalestimate)' };
  }
  if (storyPoints.chosen !== null) return { chosen: 'storyPoints', reason: `time tracking is off; story points are in "${storyPoints.chosen.name}"` };
  if (startDate.chosen !== null) return { chosen: 'dateSpan', reason: `time tracking is off and there are no story points; start dates are in "${startDate.chosen.name}"` };
  return { chosen: 'originalEstimate', reason: 'no time tracking, story points or start date found: kept the default, issues will be listed as missing a duration' };
}
