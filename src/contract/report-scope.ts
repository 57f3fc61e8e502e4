/** What an analysis (a Jira tab, a Confluence macro) was asked for: a project or a JQL filter, and a line saying which. */
import * as z from 'zod/mini';

export const reportScope = z.object({
  projectKey: z.nullable(z.string()),
  jql: z.nullable(z.string()),
  /** "Website relaunch (WEB)" or the JQL as typed. */
  label: z.string(),
});
export type ReportScope = z.infer<typeof reportScope>;

/** A Jira project as an answer names it. */
export const projectRef = z.object({ key: z.string(), name: z.string() });
