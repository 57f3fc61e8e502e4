/**
 * The issue a `jira:issuePanel` module is shown on, read from the Forge context's extension
 * (`{ type: 'jira:issuePanel', issue: { id, key, type, typeId }, project: { id, key, type } }`), parsed because
 * it comes from the host product.
 */
import * as z from 'zod/mini';

const issuePanelExtension = z.looseObject({
  issue: z.looseObject({ id: z.string(), key: z.string(), type: z.optional(z.string()), typeId: z.optional(z.string()) }),
  project: z.optional(z.looseObject({ id: z.string(), key: z.string() })),
});

export interface PanelIssue {
  key: string;
}

/** The issue named by the extension context, or null when the host named none (or in another shape). */
export function panelIssueOf(extension: unknown): PanelIssue | null {
  const parsed = issuePanelExtension.safeParse(extension);
  if (!parsed.success) return null;
  return { key: parsed.data.issue.key };
}
