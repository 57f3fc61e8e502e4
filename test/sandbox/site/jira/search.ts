/**
 * GET and POST /rest/api/3/search/jql: enhanced search. Pages by opaque `nextPageToken`, answers
 * `{ issues, nextPageToken?, isLast }` without a total. `fields` defaults to the id alone; `maxResults`
 * defaults to 50 and is capped at 5000 when only ids/keys are asked for, else at 100. Unbounded queries
 * (no search restriction) are refused with 400, as on Jira Cloud.
 */
import { z } from 'zod';
import { intParam, listParam, parseBody, type RouteContext } from '../context';
import { runJql } from '../jql/run';
import { browseCheck } from '../permissions';
import { decodePageToken, encodePageToken, pageTokenRun } from '../page-token';
import { jiraError, json } from '../respond';
import { fieldSelection, onlyIdentifiers } from './field-selection';
import { issueView } from './issue-view';
import { keepSearchRun, keptSearchRun } from './search-runs';

interface SearchInput {
  jql: string;
  nextPageToken: string | undefined;
  maxResults: number;
  fields: string[] | undefined;
  expand: string[];
  fieldsByKeys: boolean;
}

const stringOrList = z.union([z.string().transform((s) => s.split(',').map((v) => v.trim()).filter((v) => v !== '')), z.array(z.string())]);

const searchBody = z.object({
  jql: z.string().optional(),
  nextPageToken: z.string().optional(),
  maxResults: z.number().int().min(0).optional(),
  fields: stringOrList.optional(),
  expand: stringOrList.optional(),
  fieldsByKeys: z.boolean().optional(),
  properties: z.array(z.string()).optional(),
  reconcileIssues: z.array(z.number()).optional(),
  failFast: z.boolean().optional(),
});

function search(ctx: RouteContext, input: SearchInput): Response {
  // A later page continues the kept result of the first (search-runs.ts); without one, the query runs again.
  const kept = input.nextPageToken === undefined ? undefined : keptSearchRun(ctx.state, pageTokenRun(input.nextPageToken), input.jql, ctx.principal);
  const run = kept ? { ok: true as const, bounded: true, ...kept } : runJql(input.jql, { state: ctx.state, principal: ctx.principal, now: ctx.now() });
  if (!run.ok) return jiraError(400, run.errorMessages);
  if (!run.bounded) {
    return jiraError(400, ['Unbounded JQL queries are not allowed here. Please add a search restriction to your query.']);
  }
  const start = input.nextPageToken === undefined ? 0 : decodePageToken(input.jql, input.nextPageToken);
  if (start === undefined) return jiraError(400, ['The provided next page token is invalid or expired.']);
  const selection = fieldSelection(input.fields, ['id'], ctx.state, input.fieldsByKeys);
  const pageSize = Math.min(input.maxResults, onlyIdentifiers(selection) ? 5000 : 100);
  const slice = run.issues.slice(start, start + pageSize);
  const page = kept ? slice.filter(kept.pageCheck()) : slice;
  const end = start + slice.length;
  const isLast = end >= run.issues.length;
  const expand = new Set(input.expand);
  const mayBrowse = browseCheck(ctx.state, ctx.principal);
  const issues = page.map((issue) =>
    issueView(issue, { state: ctx.state, principal: ctx.principal, baseUrl: ctx.baseUrl, selection, expand, bareWhenIdOnly: true, mayBrowse }),
  );
  if (isLast) return json(200, { issues, isLast });
  const runId = keepSearchRun(ctx.state, { jql: input.jql, principal: ctx.principal, issues: run.issues, pageCheck: run.pageCheck });
  return json(200, { issues, nextPageToken: encodePageToken(input.jql, end, runId), isLast });
}

export function searchJqlGet(ctx: RouteContext): Response {
  const q = ctx.query;
  return search(ctx, {
    jql: q.get('jql') ?? '',
    nextPageToken: q.get('nextPageToken') ?? undefined,
    maxResults: intParam(q, 'maxResults', 50),
    fields: listParam(q, 'fields'),
    expand: listParam(q, 'expand') ?? [],
    fieldsByKeys: q.get('fieldsByKeys') === 'true',
  });
}

export function searchJqlPost(ctx: RouteContext): Response {
  const parsed = parseBody(ctx.body, searchBody.optional());
  if (!parsed.ok) return jiraError(400, Object.values(parsed.problems), parsed.problems);
  const body = parsed.data ?? {};
  return search(ctx, {
    jql: body.jql ?? '',
    nextPageToken: body.nextPageToken,
    maxResults: body.maxResults ?? 50,
    fields: body.fields,
    expand: body.expand ?? [],
    fieldsByKeys: body.fieldsByKeys ?? false,
  });
}
