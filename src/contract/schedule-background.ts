/** The state of a large project's stored schedule on the answers read from it (DESIGN.md section 5). */
import * as z from 'zod/mini';
import { refreshFailure } from './stored-answer';

/**
 * A large project's schedule, computed by a queue consumer and stored: `computing` while none is stored yet
 * (the answer has no nodes; ask again later), `ready` with when it was computed and whether a refresh is on its way,
 * `unavailable` when what is stored cannot be shown to this viewer (a scope over projects they do not wholly see):
 * no nodes, no figure of the app's, and `reason` says why and what to do.
 */
export const scheduleBackground = z.union([
  z.object({ state: z.literal('computing'), issueCount: z.number(), queuedAt: z.string() }),
  z.object({
    state: z.literal('ready'),
    issueCount: z.number(),
    computedAt: z.string(),
    refreshing: z.boolean(),
    hiddenIssues: z.number(),
    /**
     * The issue panel's links left out of the schedule the viewer reads (computed without projects they may not
     * browse: issue #11), whose work its dates do not allow for; absent when none.
     */
    leftOutLinks: z.optional(z.number()),
    /** The last refresh failed: when, and what to do (the analysis shown is the last good one). */
    refreshFailed: z.optional(refreshFailure),
  }),
  z.object({ state: z.literal('unavailable'), computedAt: z.string(), reason: z.string() }),
]);
export type ScheduleBackground = z.infer<typeof scheduleBackground>;
