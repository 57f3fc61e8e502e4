/**
 * Confluence REST v2 pages as Keel writes them (ADF, `atlas_doc_format`): read one with its body, find one by
 * title in a space, create, update with version + 1, delete and purge (to undo a half-made create). Bodies over
 * Confluence's 5 MB request limit are refused before sending.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import { AppError } from '../../app-error';
import type { ProductRequest } from '../product-request';
import { parseAdfBody, type AdfDoc } from './adf-node';
import { failedStatus } from './confluence-request';

/** Confluence refuses requests over 5 MB (5242880 bytes) with 413. */
export const MAX_REQUEST_BYTES = 5 * 1024 * 1024;

const pageSchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  spaceId: z.string(),
  parentId: z.string().nullish(),
  version: z.looseObject({ number: z.number().int() }),
  body: z.looseObject({ atlas_doc_format: z.looseObject({ value: z.string() }).optional() }).optional(),
  _links: z.looseObject({ webui: z.string().optional(), base: z.string().optional() }).optional(),
});
const pageList = z.looseObject({ results: z.array(pageSchema) });

export interface ConfluencePage {
  id: string;
  title: string;
  spaceId: string;
  parentId: string | null;
  version: number;
  /** The page's ADF; null when it is not readable ADF (Keel then refuses to touch it). */
  doc: AdfDoc | null;
  /** The page in the web UI, absolute when Confluence said its base. */
  url: string;
}

function pageOf(raw: z.infer<typeof pageSchema>): ConfluencePage {
  const body = raw.body?.atlas_doc_format?.value;
  return {
    id: raw.id,
    title: raw.title,
    spaceId: raw.spaceId,
    parentId: raw.parentId ?? null,
    version: raw.version.number,
    doc: body === undefined ? null : parseAdfBody(body),
    url: `${raw._links?.base ?? ''}${raw._links?.webui ?? `/pages/viewpage.action?pageId=${raw.id}`}`,
  };
}

export async function getPage(request: ProductRequest, id: string): Promise<ConfluencePage> {
  return pageOf(await request(pageSchema, route`/wiki/api/v2/pages/${id}?body-format=atlas_doc_format`));
}

export async function findPagesByTitle(request: ProductRequest, spaceId: string, title: string): Promise<ConfluencePage[]> {
  const answer = await request(pageList, route`/wiki/api/v2/pages?space-id=${spaceId}&title=${title}&status=current&body-format=atlas_doc_format`);
  return answer.results.map(pageOf);
}

/** Ids of the space's current pages, most recently edited first, at most `max` (pages of 250, the v2 maximum). */
export async function recentPageIds(request: ProductRequest, spaceId: string, max: number): Promise<string[]> {
  const listed = z.looseObject({ results: z.array(z.looseObject({ id: z.string() })), _links: z.looseObject({ next: z.string().optional() }).optional() });
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const answer: z.infer<typeof listed> = await request(
      listed,
      cursor === null
        ? route`/wiki/api/v2/pages?space-id=${spaceId}&status=current&sort=-modified-date&limit=250`
        : route`/wiki/api/v2/pages?space-id=${spaceId}&status=current&sort=-modified-date&limit=250&cursor=${cursor}`,
    );
    ids.push(...answer.results.map((p) => p.id));
    const next = answer._links?.next;
    cursor = next === undefined ? null : new URLSearchParams(next.split('?')[1] ?? '').get('cursor');
  } while (cursor !== null && ids.length < max);
  return ids.slice(0, max);
}

function bodyOf(request: Record<string, unknown>, what: string): string {
  const body = JSON.stringify(request);
  const bytes = new TextEncoder().encode(body).length;
  if (bytes > MAX_REQUEST_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    throw new AppError('TOO_LARGE', `${what} would be ${mb} MB, over Confluence's 5 MB limit, so Keel wrote nothing. Narrow the project's scope (fewer deliverables or decisions) in Keel's settings, then publish again.`);
  }
  return body;
}

const adfBody = (doc: AdfDoc) => ({ representation: 'atlas_doc_format', value: JSON.stringify(doc) });

export async function createPage(request: ProductRequest, input: { spaceId: string; parentId: string | null; title: string; doc: AdfDoc }): Promise<ConfluencePage> {
  const body = bodyOf({ spaceId: input.spaceId, status: 'current', title: input.title, ...(input.parentId === null ? {} : { parentId: input.parentId }), body: adfBody(input.doc) }, `The page "${input.title}"`);
  return pageOf(await request(pageSchema, route`/wiki/api/v2/pages`, { method: 'POST', body }));
}

/** Sends version `page.version + 1`; Confluence answers 409 when someone saved in between. */
export async function updatePage(request: ProductRequest, page: ConfluencePage, doc: AdfDoc, message: string): Promise<ConfluencePage> {
  const body = bodyOf({ id: page.id, status: 'current', title: page.title, body: adfBody(doc), version: { number: page.version + 1, message } }, `The page "${page.title}"`);
  return pageOf(await request(pageSchema, route`/wiki/api/v2/pages/${page.id}`, { method: 'PUT', body }));
}

/**
 * Deletes a page Keel just made: to the trash, then purged from it (v2: `purge=true` on a trashed page, which
 * needs the space's admin permission). Answers whether it was purged; when the user may not purge, the page
 * stays in the space's trash, where only space admins see it.
 */
export async function deletePage(request: ProductRequest, id: string): Promise<{ purged: boolean }> {
  await request(z.unknown(), route`/wiki/api/v2/pages/${id}`, { method: 'DELETE', idempotent: true });
  try {
    await request(z.unknown(), route`/wiki/api/v2/pages/${id}?purge=true`, { method: 'DELETE', idempotent: true });
    return { purged: true };
  } catch (error) {
    if (failedStatus(error) === 404 || failedStatus(error) === 403) return { purged: false };
    throw error;
  }
}
