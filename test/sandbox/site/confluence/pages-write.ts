/**
 * POST /wiki/api/v2/pages and PUT /wiki/api/v2/pages/{id}. Writes need the space's write permission; a
 * space or page the principal cannot write answers 404, as the v2 spec documents. An update must carry
 * version.number = current + 1, else 409 (Confluence's optimistic locking). A title already used by another
 * current page of the space answers 400. A request over Confluence's 5 MB limit answers 413.
 */
import { z } from 'zod';
import { parseBody, type RouteContext } from '../context';
import { confluenceError, json } from '../respond';
import { authorOf, nextId, readablePage, writableSpace, type Page } from './access';
import type { StoredBody } from './page-body';
import { pageView } from './page-view';

const bodyWrite = z.object({ representation: z.enum(['atlas_doc_format', 'storage']), value: z.string() });
const anyBody = z.union([bodyWrite, z.object({ atlas_doc_format: bodyWrite.optional(), storage: bodyWrite.optional() })]);

const createRequest = z.object({
  spaceId: z.string(),
  status: z.enum(['current', 'draft']).optional(),
  title: z.string().min(1),
  parentId: z.string().optional(),
  body: anyBody.optional(),
});

const updateRequest = z.object({
  id: z.string(),
  status: z.enum(['current', 'draft']),
  title: z.string().min(1),
  parentId: z.string().optional(),
  body: anyBody,
  version: z.object({ number: z.number().int(), message: z.string().optional() }),
});

function storedBody(body: z.infer<typeof anyBody> | undefined): StoredBody {
  if (!body) return {};
  if ('representation' in body) return { [body.representation]: body };
  return { ...(body.atlas_doc_format ? { atlas_doc_format: body.atlas_doc_format } : {}), ...(body.storage ? { storage: body.storage } : {}) };
}

const writtenFormat = (body: StoredBody): 'atlas_doc_format' | 'storage' => (body.atlas_doc_format ? 'atlas_doc_format' : 'storage');

function titleTaken(ctx: RouteContext, spaceId: string, title: string, exceptId?: string): boolean {
  return ctx.state.confluence.pages.some((p) => p.spaceId === spaceId && p.title === title && p.id !== exceptId && (p.status ?? 'current') === 'current');
}

/** Confluence refuses request bodies over 5242880 bytes (its REST request limit) with 413. */
export const MAX_REQUEST_BYTES = 5 * 1024 * 1024;

function tooLarge(ctx: RouteContext): Response | undefined {
  const bytes = new TextEncoder().encode(ctx.body ?? '').length;
  return bytes > MAX_REQUEST_BYTES ? confluenceError(413, `Request too large. Requests for this resource can be at most ${MAX_REQUEST_BYTES} bytes`) : undefined;
}

const duplicateTitle = (): Response =>
  confluenceError(400, 'A page with this title already exists: A page already exists with the same TITLE in this space');

export function createPage(ctx: RouteContext): Response {
  if (ctx.principal.type === 'anonymous') return confluenceError(401, 'Unauthorized');
  const refused = tooLarge(ctx);
  if (refused) return refused;
  const parsed = parseBody(ctx.body, createRequest);
  if (!parsed.ok) return confluenceError(400, Object.entries(parsed.problems).map(([k, v]) => `${k}: ${v}`).join('; '));
  const input = parsed.data;
  const space = writableSpace(ctx.state, ctx.principal, input.spaceId);
  if (!space) return confluenceError(404, 'Space not found or you do not have permission to create pages in it');
  if (input.parentId !== undefined && !ctx.state.confluence.pages.some((p) => p.id === input.parentId && p.spaceId === space.id && (p.status ?? 'current') === 'current')) {
    return confluenceError(400, `Parent page ${input.parentId} not found in space ${space.key}`);
  }
  if (titleTaken(ctx, space.id, input.title)) return duplicateTitle();
  const now = ctx.now().toISOString();
  const authorId = authorOf(ctx.principal);
  const body = storedBody(input.body);
  const page: Page = {
    id: nextId(ctx.state.confluence.pages.map((p) => p.id), 100_000),
    status: input.status ?? 'current',
    title: input.title,
    spaceId: space.id,
    parentId: input.parentId ?? (typeof space.homepageId === 'string' ? space.homepageId : undefined),
    parentType: 'page',
    authorId,
    ownerId: authorId,
    createdAt: now,
    version: { number: 1, message: '', minorEdit: false, authorId, createdAt: now },
    body,
  };
  ctx.state.confluence.pages.push(page);
  return json(200, pageView(ctx, page, writtenFormat(body), true));
}

export function updatePage(ctx: RouteContext): Response {
  if (ctx.principal.type === 'anonymous') return confluenceError(401, 'Unauthorized');
  const page = readablePage(ctx.state, ctx.principal, ctx.params.id ?? '');
  if (!page || !writableSpace(ctx.state, ctx.principal, page.spaceId)) return confluenceError(404, 'Page not found or you do not have permission to update it');
  const refused = tooLarge(ctx);
  if (refused) return refused;
  const parsed = parseBody(ctx.body, updateRequest);
  if (!parsed.ok) return confluenceError(400, Object.entries(parsed.problems).map(([k, v]) => `${k}: ${v}`).join('; '));
  const input = parsed.data;
  const current = (page.version as { number?: number } | undefined)?.number ?? 1;
  if (input.version.number !== current + 1) {
    return confluenceError(409, `Version must be incremented on update. Current version is: ${current}`);
  }
  if (titleTaken(ctx, page.spaceId, input.title, page.id)) return duplicateTitle();
  const now = ctx.now().toISOString();
  const body = storedBody(input.body);
  Object.assign(page, {
    title: input.title,
    status: input.status,
    ...(input.parentId === undefined ? {} : { parentId: input.parentId }),
    body,
    version: { number: input.version.number, message: input.version.message ?? '', minorEdit: false, authorId: authorOf(ctx.principal), createdAt: now },
  });
  return json(200, pageView(ctx, page, writtenFormat(body), true));
}
