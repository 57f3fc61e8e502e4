/** GET /wiki/api/v2/spaces (`ids`, `keys`, cursor pagination) and /spaces/{id} (404 when not readable). */
import { listParam, type RouteContext } from '../context';
import { canReadSpace } from '../permissions';
import { confluenceError, json } from '../respond';
import { readableSpace, type Space } from './access';
import { cursorPage } from './cursor-page';

/**
 * Confluence sends `description` only with `description-format` and `icon` only with `include-icon=true`;
 * a null one is left out, as the spec types both as objects.
 */
function spaceView(ctx: RouteContext, space: Space): Record<string, unknown> {
  const { description, icon, ...rest } = space;
  const format = ctx.query.get('description-format');
  const wantsIcon = ctx.query.get('include-icon') === 'true';
  return {
    type: 'global',
    status: 'current',
    ...rest,
    ...(format !== null && description !== null && description !== undefined ? { description } : {}),
    ...(wantsIcon && icon !== null && icon !== undefined ? { icon } : {}),
    _links: { webui: `/spaces/${space.key}` },
  };
}

export function listSpaces(ctx: RouteContext): Response {
  const keys = listParam(ctx.query, 'keys');
  const ids = listParam(ctx.query, 'ids');
  const spaces = ctx.state.confluence.spaces
    .filter((s) => canReadSpace(ctx.state, ctx.principal, s.key))
    .filter((s) => (!keys || keys.includes(s.key)) && (!ids || ids.includes(s.id)))
    .sort((a, b) => Number(a.id) - Number(b.id));
  return cursorPage(ctx, '/wiki/api/v2/spaces', spaces, (s) => spaceView(ctx, s));
}

export function getSpace(ctx: RouteContext): Response {
  const space = readableSpace(ctx.state, ctx.principal, ctx.params.id ?? '');
  return space ? json(200, spaceView(ctx, space)) : confluenceError(404, 'Space not found');
}
