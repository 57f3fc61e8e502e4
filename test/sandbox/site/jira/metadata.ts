/**
 * Site metadata: GET /field, /issuetype, /issueLinkType (`{ issueLinkTypes }`), /status, /statuscategory and
 * /serverInfo, straight from the snapshot with `self` links on the site's base URL.
 */
import type { RouteContext } from '../context';
import { json } from '../respond';

const api = (ctx: RouteContext, path: string): string => `${ctx.baseUrl}/rest/api/3/${path}`;

const categoryColours: Record<string, string> = { new: 'blue-gray', indeterminate: 'yellow', done: 'green', undefined: 'medium-gray' };

export const getFields = (ctx: RouteContext): Response => json(200, ctx.state.fields);

export const getIssueTypes = (ctx: RouteContext): Response =>
  json(200, ctx.state.issueTypes.map((t) => ({ self: api(ctx, `issuetype/${t.id}`), ...t })));

export const getIssueLinkTypes = (ctx: RouteContext): Response =>
  json(200, { issueLinkTypes: ctx.state.issueLinkTypes.map((t) => ({ ...t, self: api(ctx, `issueLinkType/${t.id}`) })) });

function statusCategory(ctx: RouteContext, category: { id: number; key: string; name: string }): Record<string, unknown> {
  return { self: api(ctx, `statuscategory/${category.id}`), id: category.id, key: category.key, colorName: categoryColours[category.key] ?? 'medium-gray', name: category.name };
}

export const getStatuses = (ctx: RouteContext): Response =>
  json(200, ctx.state.statuses.map((s) => ({ ...s, self: api(ctx, `status/${s.id}`), statusCategory: statusCategory(ctx, s.statusCategory) })));

export function getStatusCategories(ctx: RouteContext): Response {
  const byId = new Map<number, { id: number; key: string; name: string }>([[1, { id: 1, key: 'undefined', name: 'No Category' }]]);
  for (const s of ctx.state.statuses) byId.set(s.statusCategory.id, s.statusCategory);
  return json(200, [...byId.values()].sort((a, b) => a.id - b.id).map((c) => statusCategory(ctx, c)));
}

export function getServerInfo(ctx: RouteContext): Response {
  return json(200, {
    baseUrl: ctx.baseUrl,
    displayUrl: ctx.baseUrl,
    version: '1001.0.0-SNAPSHOT',
    versionNumbers: [1001, 0, 0],
    deploymentType: 'Cloud',
    buildNumber: 100_000,
    buildDate: '2026-01-01T00:00:00.000+0000',
    serverTime: ctx.now().toISOString().replace('Z', '+0000'),
    scmInfo: 'keel-sandbox',
    serverTitle: ctx.state.site.name,
  });
}
