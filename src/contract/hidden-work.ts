/**
 * Work the viewer cannot see (issue #16 item 5), as counts only: Jira leaves issues the viewer may not browse out
 * of every answer, and links to them out of the issues it shows, so Keel says how many, never which. `schedule/get`
 * carries it as `hidden`; `hidden/get` answers it for the tabs whose own answers do not read links.
 */
import * as z from 'zod/mini';

export const MAX_AFFECTED_KEYS = 500;

export const hiddenWork = z.object({
  /** Issues of the analysis the viewer may not browse: 0 when counted and none; null when not counted. */
  issues: z.nullable(z.number()),
  /** Links from issues the viewer sees to issues they do not; null when not checked. */
  links: z.nullable(z.number()),
  /** Visible issues linked to hidden work (their dates and slack may move with it), at most MAX_AFFECTED_KEYS. */
  affectedKeys: z.array(z.string()),
  affectedCount: z.number(),
  /** Parents every child of which is hidden from the viewer. */
  parentsWithHiddenChildren: z.number(),
});
export type HiddenWork = z.infer<typeof hiddenWork>;

/** `hidden/get`: null `hidden` when the viewer sees the whole plan; `checked` false when Keel could not compare. */
export const hiddenWorkResult = z.object({ projectKey: z.string(), checked: z.boolean(), hidden: z.nullable(hiddenWork) });
export type HiddenWorkResult = z.infer<typeof hiddenWorkResult>;
