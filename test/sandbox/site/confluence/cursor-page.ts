/**
 * Confluence v2 cursor pagination: `limit` (default 25, max 250) and an opaque `cursor`; the answer has
 * `_links.next` (a relative URL with the request's other parameters) and a `Link: <...>; rel="next"` header.
 */
import type { RouteContext } from '../context';
import { intParam } from '../context';
import { decodePageToken, encodePageToken } from '../page-token';
import { confluenceError, json } from '../respond';

export function cursorPage<T>(ctx: RouteContext, path: string, items: readonly T[], render: (item: T) => unknown): Response {
  const scope = `${path}?${[...ctx.query.entries()].filter(([k]) => k !== 'cursor').map(([k, v]) => `${k}=${v}`).join('&')}`;
  const cursor = ctx.query.get('cursor');
  const start = cursor === null ? 0 : decodePageToken(scope, cursor);
  if (start === undefined) return confluenceError(400, 'Invalid cursor');
  const limit = Math.max(1, Math.min(intParam(ctx.query, 'limit', 25), 250));
  const results = items.slice(start, start + limit).map(render);
  const links: Record<string, string> = { base: `${ctx.baseUrl}/wiki` };
  const headers: Record<string, string> = {};
  if (start + limit < items.length) {
    const next = new URLSearchParams(ctx.query);
    next.set('cursor', encodePageToken(scope, start + limit));
    next.set('limit', String(limit));
    links.next = `${path}?${next.toString()}`;
    headers.Link = `<${links.next}>; rel="next", <${links.base}>; rel="base"`;
  }
  return json(200, { results, _links: links }, headers);
}
