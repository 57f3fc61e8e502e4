/** zod/mini schema of `schedule/get`'s `large` (a schedule over the answer budget), apart so no schema module imports another in a circle. */
import * as z from 'zod/mini';
import type { LargeSchedule } from '@contract';

export const largeSchedule: z.ZodMiniType<LargeSchedule> = z.object({
  issueCount: z.number(),
  linkCount: z.number(),
  criticalCount: z.number(),
  cycleCount: z.number(),
  fullBytes: z.number(),
});
