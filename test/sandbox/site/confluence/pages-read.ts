/** GET /wiki/api/v2/pages (`space-id`, `title`, `status`, `sort`, `body-format`, cursor) and GET /pages/{id} (`status`). */
import { listParam, type RouteContext } from '../context';
import { confluenceError, json } from '../respond';
import { readablePage, readableSpace } from './access';
import { cursorPage } from './cursor-page';
import { bodyFormatParam, pageView } from './page-view';

export function listPages(ctx: RouteContext): Response {
  const spaceIds = listParam(ctx.query, 'space-id');
  const ids = listParam(ctx.query, 'id');
  const title = ctx.query.get('title');
  const statuses = listParam(ctx.query, 'status') ?? ['current'];
  const format = bodyFormatParam(ctx);
  const pages = ctx.state.confluence.pages
    .filter((p) => readableSpace(ctx.state, ctx.principal, p.spaceId) !== undefined)
    .filter((p) => (!spaceIds || spaceIds.includes(p.spaceId)) && (!ids || ids.includes(p.id)))
    .filter((p) => title === null || p.title === title)
    .filter((p) => statuses.includes(typeof p.status === 'string' ? p.status : 'current'))
    .sort(pageOrder(ctx.query.get('sort')));
  return cursorPage(ctx, '/wiki/api/v2/pages', pages, (p) => pageView(ctx, p, format));
}

type Listed = RouteContext['state']['confluence']['pages'][number];
const modifiedAt = (p: Listed): string => {
  const version: unknown = p.version;
  return typeof version === 'object' && version !== null && 'createdAt' in version && typeof version.createdAt === 'string' ? version.createdAt : '';
};
const createdAt = (p: Listed): string => (typeof p.createdAt === 'string' ? p.createdAt : '');

/** PageSortOrder: id (the default), created-date, modified-date or title, descending with a leading `-`; ties by id. */
function pageOrder(sort: string | null): (a: Listed, b: Listed) => number {
  const field = (sort ?? 'id').replace(/^-/, '');
  const sign = sort?.startsWith('-') ? -1 : 1;
  const keyOf = (p: Listed): string | number => (field === 'created-date' ? createdAt(p) : field === 'modified-date' ? modifiedAt(p) : field === 'title' ? p.title : Number(p.id));
  return (a, b) => {
    const [x, y] = [keyOf(a), keyOf(b)];
    return (x < y ? -sign : x > y ? sign : 0) || Number(a.id) - Number(b.id);
  };
}

/** A trashed page is found only when `status` asks for it, as in Confluence. */
export function getPage(ctx: RouteContext): Response {
  const page = readablePage(ctx.state, ctx.principal, ctx.params.id ?? '');
  const statuses = listParam(ctx.query, 'status') ?? ['current', 'archived', 'draft'];
  if (!page || !statuses.includes(typeof page.status === 'string' ? page.status : 'current')) return confluenceError(404, 'Page not found');
  return json(200, pageView(ctx, page, bodyFormatParam(ctx), true));
}
