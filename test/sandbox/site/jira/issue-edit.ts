/**
 * PUT /rest/api/3/issue/{issueIdOrKey} (the fields Keel writes): `duedate`, `assignee` (`{ accountId }` or null),
 * `timetracking` (`originalEstimate`, `remainingEstimate` as Jira durations: "3w 2d 4h 30m", 8-hour days and
 * 5-day weeks, Jira's defaults) and any custom field the site has (stored as sent). Every field is checked before
 * any is written: one bad value answers 400 with every problem keyed by field and writes nothing. Needs Browse
 * projects (404 without, as for an issue that does not exist) and Edit issues (403, as the task's semantics for
 * a user without edit permission; Atlassian's spec lists 400 for fields a user may not edit and 403 for screen
 * overrides, and real sites answer 403 here). Answers 204 and fires `avi:jira:updated:issue` with the changelog.
 */
import { z } from 'zod';
import { parseBody, type RouteContext } from '../context';
import { jiraDateTime } from '../jql/dates';
import { findVisibleIssue, hasProjectPermission } from '../permissions';
import { jiraError } from '../respond';
import { issueNotFound } from './issue-get';
import { userFieldValue } from './issue-create-values';
import { emitJiraEvent, issueEvent, type ChangelogItem } from './jira-events';

const editBody = z
  .object({ fields: z.record(z.string(), z.unknown()).optional(), update: z.record(z.string(), z.unknown()).optional() })
  .refine((b) => b.fields !== undefined || b.update !== undefined, { message: 'Can not deserialize: the request body is missing fields and update.' });

const timetrackingValue = z.object({ originalEstimate: z.string().optional(), remainingEstimate: z.string().optional() });
const UNIT_SECONDS: Record<string, number> = { w: 5 * 8 * 3600, d: 8 * 3600, h: 3600, m: 60 };

/** Seconds of a Jira duration ("1w 2d 3h 4m", "90m", "1.5h"); null when it is not one. */
export function jiraDurationSeconds(text: string): number | null {
  const parts = text.trim().split(/\s+/);
  let seconds = 0;
  for (const part of parts) {
    const match = /^(\d+(?:\.\d+)?)([wdhm])$/.exec(part);
    if (!match) return null;
    seconds += Number(match[1]) * (UNIT_SECONDS[match[2] ?? ''] ?? 0);
  }
  return Math.round(seconds);
}

const isDay = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export function editIssue(ctx: RouteContext): Response {
  if (ctx.principal.type === 'anonymous') return jiraError(401, ['You are not authenticated. Authentication required to perform this operation.']);
  const { state, principal } = ctx;
  const issue = findVisibleIssue(state, principal, ctx.params.issueIdOrKey ?? '');
  if (!issue) return issueNotFound();
  if (!hasProjectPermission(state, principal, issue.fields.project.key, 'EDIT_ISSUES')) {
    return jiraError(403, ['You do not have permission to edit issues in this project.']);
  }
  const parsed = parseBody(ctx.body, editBody);
  if (!parsed.ok) return jiraError(400, [], parsed.problems);
  const fields = parsed.data.fields ?? {};
  const errors: Record<string, string> = {};
  const writes: [field: string, value: unknown][] = [];
  for (const [id, value] of Object.entries(fields)) {
    if (id === 'duedate') {
      if (value === null || (typeof value === 'string' && isDay(value))) writes.push(['duedate', value]);
      else errors.duedate = `Error parsing date string: ${JSON.stringify(value)}`;
    } else if (id === 'timetracking') {
      const tracking = timetrackingValue.safeParse(value);
      const original = tracking.data?.originalEstimate;
      const remaining = tracking.data?.remainingEstimate;
      const originalSeconds = original === undefined ? undefined : jiraDurationSeconds(original);
      const remainingSeconds = remaining === undefined ? undefined : jiraDurationSeconds(remaining);
      if (!tracking.success || originalSeconds === null || remainingSeconds === null) errors.timetracking = 'Please enter your time in the correct format (e.g. 3w 4d 12h).';
      else {
        if (originalSeconds !== undefined) writes.push(['timeoriginalestimate', originalSeconds]);
        if (remainingSeconds !== undefined) writes.push(['timeestimate', remainingSeconds]);
      }
    } else {
      const definition = state.fields.find((f) => f.id === id);
      if (!definition) {
        errors[id] = `Field '${id}' cannot be set. It is not on the appropriate screen, or unknown.`;
        continue;
      }
      const user = userFieldValue(state, definition, value);
      if (user.ok) writes.push([id, user.value]);
      else errors[id] = user.problem;
    }
  }
  if (Object.keys(errors).length > 0) return jiraError(400, [], errors);

  const items: ChangelogItem[] = [];
  const text = (v: unknown): string | null => (v === null || v === undefined ? null : typeof v === 'object' ? (z.looseObject({ displayName: z.string() }).safeParse(v).data?.displayName ?? JSON.stringify(v)) : JSON.stringify(v).replace(/^"|"$/g, ''));
  const record = issue.fields as Record<string, unknown>;
  for (const [field, value] of writes) {
    const custom = state.fields.find((f) => f.id === field && f.custom);
    items.push({ field: custom?.name ?? field, fieldtype: custom ? 'custom' : 'jira', fieldId: field, fromString: text(record[field]), toString: text(value) });
    record[field] = value;
    if (field === 'timeoriginalestimate' || field === 'timeestimate') syncTimetracking(record);
  }
  issue.fields.updated = jiraDateTime(ctx.now());
  emitJiraEvent(state, issueEvent('avi:jira:updated:issue', issue, principal, { items }));
  return new Response(null, { status: 204 });
}

/** Keeps `timetracking` (and the aggregates of an issue without sub-tasks) in step with the seconds fields. */
function syncTimetracking(fields: Record<string, unknown>): void {
  const tracking = z.record(z.string(), z.unknown()).safeParse(fields.timetracking).data ?? {};
  const original = fields.timeoriginalestimate;
  const remaining = fields.timeestimate;
  if (typeof original === 'number') Object.assign(tracking, { originalEstimateSeconds: original, originalEstimate: `${Math.round(original / 60)}m` });
  if (typeof remaining === 'number') Object.assign(tracking, { remainingEstimateSeconds: remaining, remainingEstimate: `${Math.round(remaining / 60)}m` });
  fields.timetracking = tracking;
  const subtasks = z.array(z.unknown()).safeParse(fields.subtasks).data ?? [];
  if (subtasks.length === 0) {
    if ('aggregatetimeoriginalestimate' in fields) fields.aggregatetimeoriginalestimate = original;
    if ('aggregatetimeestimate' in fields) fields.aggregatetimeestimate = remaining;
  }
}
