/**
 * The parts of a Jira issue (as `/rest/api/3/search/jql` returns it) that Keel reads. Loose objects:
 * Jira adds fields freely, and Keel must not break when it does.
 */
import { z } from 'zod';

const linkedIssue = z.looseObject({ id: z.string(), key: z.string() });

export const jiraIssueLink = z.looseObject({
  id: z.string(),
  type: z.looseObject({ name: z.string() }),
  outwardIssue: linkedIssue.optional(),
  inwardIssue: linkedIssue.optional(),
});

export const jiraIssue = z.looseObject({
  id: z.string(),
  key: z.string(),
  fields: z.looseObject({
    summary: z.string().optional(),
    issuetype: z.looseObject({ name: z.string() }).optional(),
    status: z
      .looseObject({ name: z.string(), statusCategory: z.looseObject({ key: z.string() }).optional() })
      .optional(),
    project: z.looseObject({ key: z.string() }).optional(),
    parent: z.looseObject({ key: z.string() }).nullable().optional(),
    assignee: z.looseObject({ accountId: z.string(), displayName: z.string().optional() }).nullable().optional(),
    resolutiondate: z.string().nullable().optional(),
    timeoriginalestimate: z.number().nullable().optional(),
    aggregatetimeoriginalestimate: z.number().nullable().optional(),
    timeestimate: z.number().nullable().optional(),
    timespent: z.number().nullable().optional(),
    statuscategorychangedate: z.string().nullable().optional(),
    duedate: z.string().nullable().optional(),
    issuelinks: z.array(jiraIssueLink).optional(),
    /** The issue security level: only its members (and the app) see the issue. */
    security: z.looseObject({ id: z.string(), name: z.string().optional() }).nullable().optional(),
    /** Jira answers null for an issue created without the field, as the sandbox does. */
    subtasks: z.array(linkedIssue).nullable().optional(),
  }),
});

export type JiraIssue = z.infer<typeof jiraIssue>;

export const searchPage = z.looseObject({
  issues: z.array(jiraIssue),
  nextPageToken: z.string().nullable().optional(),
  isLast: z.boolean().optional(),
});
