/**
 * Whether a work item carries the data its duration is computed from, for each duration source of
 * DESIGN.md section 1 ("Critical path"): original estimate, story points, or a start-to-due date span.
 */
import type { WorkItem } from './work-item';

export type DurationSource = 'originalEstimate' | 'storyPoints' | 'dateSpan';

/** True when `item` has a usable (non-negative, present) value for `source`. */
export function hasDurationData(item: WorkItem, source: DurationSource): boolean {
  switch (source) {
    case 'originalEstimate':
      return item.originalEstimateSeconds !== null && item.originalEstimateSeconds >= 0;
    case 'storyPoints':
      return item.storyPoints !== null && item.storyPoints >= 0;
    case 'dateSpan':
      return item.startDate !== null && item.dueDate !== null && item.startDate <= item.dueDate;
  }
}

export function durationSourceLabel(source: DurationSource): string {
  switch (source) {
    case 'originalEstimate':
      return 'original estimate';
    case 'storyPoints':
      return 'story points';
    case 'dateSpan':
      return 'start date and due date';
  }
}
