/** A page as Confluence v2 returns it, with the body only in the format asked for (`body-format`). */
import type { RouteContext } from '../context';
import type { Page } from './access';
import { bodyIn, type BodyFormat, type StoredBody } from './page-body';

export function bodyFormatParam(ctx: RouteContext): BodyFormat | undefined {
  const format = ctx.query.get('body-format');
  return format === 'atlas_doc_format' || format === 'storage' ? format : undefined;
}

/** `withBase`: single-page answers also carry `_links.base`, the site's Confluence root. */
export function pageView(ctx: RouteContext, page: Page, format: BodyFormat | undefined, withBase = false): Record<string, unknown> {
  const { body, ...rest } = page as Page & { body?: StoredBody };
  const space = ctx.state.confluence.spaces.find((s) => s.id === page.spaceId);
  return {
    status: 'current',
    ...rest,
    body: format ? { [format]: bodyIn(body, format) } : {},
    _links: {
      webui: `/spaces/${space?.key ?? page.spaceId}/pages/${page.id}`,
      editui: `/pages/resumedraft.action?draftId=${page.id}`,
      tinyui: `/x/${page.id}`,
      ...(withBase ? { base: `${ctx.baseUrl}/wiki` } : {}),
    },
  };
}
