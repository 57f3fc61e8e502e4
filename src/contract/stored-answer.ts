/**
 * How a tab of a large project was answered (DESIGN.md section 5), on answers that can come from the stored
 * analysis: `computing` while none is stored yet (ask again later); `ready` with when it was computed and
 * whether a refresh is on its way; `unavailable` when the stored figures cannot be computed for this viewer
 * (they count issues the viewer may not see, and no variant without them was kept): then `reason` says so
 * and no figure of the app's is shown.
 */
import * as z from 'zod/mini';

/** The last background refresh failed (issue #11): when, and a message saying what failed and what to do. */
export const refreshFailure = z.object({ at: z.string(), reason: z.string() });
export type RefreshFailure = z.infer<typeof refreshFailure>;

export const storedAnswer = z.union([
  z.object({ state: z.literal('computing'), issueCount: z.number(), queuedAt: z.string() }),
  z.object({ state: z.literal('ready'), computedAt: z.string(), refreshing: z.boolean(), refreshFailed: z.optional(refreshFailure) }),
  z.object({ state: z.literal('unavailable'), computedAt: z.string(), reason: z.string() }),
]);
export type StoredAnswer = z.infer<typeof storedAnswer>;
