/**
 * How a tab of a large project was answered (DESIGN.md section 5), on answers that can come from the stored
 * analysis: `computing` while none is stored yet (ask again later); `ready` with when it was computed and
 * whether a refresh is on its way; `unavailable` when the stored figures cannot be computed for this viewer
 * (they count issues the viewer may not see, and no variant without them was kept): then `reason` says so
 * and no figure of the app's is shown.
 */
import * as z from 'zod/mini';

export const storedAnswer = z.union([
  z.object({ state: z.literal('computing'), issueCount: z.number(), queuedAt: z.string() }),
  z.object({ state: z.literal('ready'), computedAt: z.string(), refreshing: z.boolean() }),
  z.object({ state: z.literal('unavailable'), computedAt: z.string(), reason: z.string() }),
]);
export type StoredAnswer = z.infer<typeof storedAnswer>;
