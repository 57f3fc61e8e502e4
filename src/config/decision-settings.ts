/**
 * The decision log's settings (DESIGN.md section 1, "Decision log"): where a decision's status, date and owner
 * come from, which status names mean proposed / decided / superseded / rejected, and the "supersedes" link type.
 * The decision issue type itself stays in `settings.issueTypes.decision`. Null field ids are looked up by name.
 */
import * as z from 'zod/mini';

const fieldId = z._default(z.nullable(z.string().check(z.minLength(1))), null);
const names = (defaults: string[]) => z._default(z.array(z.string().check(z.minLength(1))), () => [...defaults]);

export const decisionStatusNamesSchema = z.object({
  proposed: names(['Proposed', 'Open', 'To Do', 'Draft', 'In Review', 'In Progress']),
  decided: names(['Decided', 'Accepted', 'Approved', 'Done', 'Closed', 'Resolved']),
  superseded: names(['Superseded', 'Replaced', 'Obsolete']),
  rejected: names(['Rejected', 'Declined', "Won't Do", 'Cancelled', 'Canceled']),
});

export const decisionSettingsSchema = z.object({
  /** A select field holding the decision status; null reads the Jira status. */
  statusField: fieldId,
  /** A date field with the day it was decided; null looks for a field named "Decision date". */
  dateField: fieldId,
  /** A user field naming the owner; null looks for "Decision owner" or "Accountable", else the assignee. */
  ownerField: fieldId,
  statusNames: z._default(decisionStatusNamesSchema, () => decisionStatusNamesSchema.parse({})),
  supersedesLinkType: z._default(z.string().check(z.minLength(1)), 'Supersedes'),
  /** The link type a recorded decision uses for the issues it relates to. */
  relatesLinkType: z._default(z.string().check(z.minLength(1)), 'Relates'),
});

export type DecisionSettings = z.infer<typeof decisionSettingsSchema>;

export const defaultDecisionSettings: DecisionSettings = decisionSettingsSchema.parse({});

/** Site field names tried, in order, for the fields left null (case and spacing ignored). */
export const DECISION_FIELD_NAMES = {
  dateField: ['Decision date', 'Date decided'],
  ownerField: ['Decision owner', 'Accountable'],
} as const;
