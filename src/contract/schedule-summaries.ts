/** Summary tasks on `schedule/get`: parents whose dates roll up from their children, shown beside the activities. */
import * as z from 'zod/mini';
import { statusCategory } from './status-category';

/** A parent with work among its children (Microsoft Project's summary task): never an activity of its own. */
export const scheduleSummary = z.object({
  key: z.string(),
  summary: z.string(),
  type: z.string(),
  status: z.string(),
  statusCategory,
  parentKey: z.nullable(z.string()),
  /** How many activities (its leaf descendants that are work) it rolls up. */
  activityCount: z.number(),
  /** Working days from its earliest child start to its latest child finish. */
  durationDays: z.number(),
  /** First and last working days (ISO dates), rolled up from its children's. */
  earlyStart: z.string(),
  earlyFinish: z.string(),
  lateStart: z.string(),
  lateFinish: z.string(),
  /** The least of its children's total slack: critical when any child is. */
  totalSlackDays: z.number(),
  critical: z.boolean(),
  nearCritical: z.boolean(),
});
export type ScheduleSummary = z.infer<typeof scheduleSummary>;
