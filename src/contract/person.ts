/** A person as answers name them: an Atlassian account, its display name, and whether it is still active. */
import * as z from 'zod/mini';

export const person = z.object({
  accountId: z.string(),
  displayName: z.string(),
  /** False for a deactivated account: still shown, and flagged. */
  active: z.boolean(),
});
export type Person = z.infer<typeof person>;
