/** Confluence spaces as the asking user sees them (`GET /wiki/api/v2/spaces`, cursor pagination). */
import { route } from '@forge/api';
import { z } from 'zod';
import { AppError } from '../../app-error';
import type { ProductRequest } from '../product-request';
import { failedStatus } from './confluence-request';

const space = z.looseObject({ id: z.string(), key: z.string(), name: z.string(), homepageId: z.string().nullish() });
const spacePage = z.looseObject({
  results: z.array(space),
  _links: z.looseObject({ next: z.string().optional(), base: z.string().optional() }).optional(),
});

export type ConfluenceSpace = z.infer<typeof space>;

/** A Jira site without Confluence has no /wiki: say so instead of "Confluence answered 404". */
function noConfluence(error: unknown): never {
  if (failedStatus(error) !== 404) throw error;
  throw new AppError('NOT_FOUND', 'This site has no Confluence, or Keel may not use it. Ask a site admin to add Confluence to the site, then publish again.');
}

/** The space with `key`, if the user may see it, and the site's Confluence base URL (`https://site/wiki`). */
export async function findSpace(request: ProductRequest, key: string): Promise<{ space: ConfluenceSpace | null; base: string | null }> {
  const answer = await request(spacePage, route`/wiki/api/v2/spaces?keys=${key}&limit=1`).catch(noConfluence);
  return { space: answer.results.find((s) => s.key === key) ?? null, base: answer._links?.base ?? null };
}

/** Every space the user may see, up to `max` (pages of 250, the v2 maximum). */
export async function listSpaces(request: ProductRequest, max = 1000): Promise<ConfluenceSpace[]> {
  const spaces: ConfluenceSpace[] = [];
  let cursor: string | null = null;
  do {
    const answer: z.infer<typeof spacePage> = await request(
      spacePage,
      cursor === null ? route`/wiki/api/v2/spaces?limit=250&sort=name` : route`/wiki/api/v2/spaces?limit=250&sort=name&cursor=${cursor}`,
    ).catch(noConfluence);
    spaces.push(...answer.results);
    const next = answer._links?.next;
    cursor = next === undefined ? null : new URLSearchParams(next.split('?')[1] ?? '').get('cursor');
  } while (cursor !== null && spaces.length < max);
  return spaces.slice(0, max);
}
