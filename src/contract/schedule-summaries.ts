/** Summary tasks on `schedule/get`: parents whose dates roll up from their children, shown beside the activities. */

/** A parent with work among its children (Microsoft Project's summary task): never an activity of its own. */
export interface ScheduleSummary {
  key: string;
  summary: string;
  type: string;
  status: string;
  statusCategory: 'todo' | 'inProgress' | 'done';
  parentKey: string | null;
  /** How many activities (its leaf descendants that are work) it rolls up. */
  activityCount: number;
  /** Working days from its earliest child start to its latest child finish. */
  durationDays: number;
  /** First and last working days (ISO dates), rolled up from its children's. */
  earlyStart: string;
  earlyFinish: string;
  lateStart: string;
  lateFinish: string;
  /** The least of its children's total slack: critical when any child is. */
  totalSlackDays: number;
  critical: boolean;
  nearCritical: boolean;
}
