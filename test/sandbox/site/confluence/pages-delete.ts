/**
 * DELETE /wiki/api/v2/pages/{id}: moves a current page to the trash (status `trashed`, version unchanged), as
 * Confluence does; `purge=true` then removes a trashed page and its properties. Needs write access, and to
 * purge, the space's admin permission, as the v2 spec says (404 otherwise, like every refusal here).
 */
import type { RouteContext } from '../context';
import { confluenceError, noContent } from '../respond';
import { canAdministerSpace } from '../permissions';
import { readablePage, writableSpace } from './access';

export function deletePage(ctx: RouteContext): Response {
  if (ctx.principal.type === 'anonymous') return confluenceError(401, 'Unauthorized');
  const page = readablePage(ctx.state, ctx.principal, ctx.params.id ?? '');
  if (!page || !writableSpace(ctx.state, ctx.principal, page.spaceId)) return confluenceError(404, 'Page not found or you do not have permission to delete it');
  const status = typeof page.status === 'string' ? page.status : 'current';
  if (ctx.query.get('purge') === 'true') {
    if (status !== 'trashed') return confluenceError(400, 'Only a trashed page can be purged');
    const space = ctx.state.confluence.spaces.find((s) => s.id === page.spaceId);
    if (!space || !canAdministerSpace(ctx.state, ctx.principal, space.key)) return confluenceError(404, 'Page not found or you do not have permission to purge it');
    const pages = ctx.state.confluence.pages;
    pages.splice(pages.indexOf(page), 1);
    delete ctx.state.confluence.pageProperties?.[page.id];
    return noContent();
  }
  if (status === 'trashed') return confluenceError(404, 'Page not found');
  page.status = 'trashed';
  return noContent();
}
