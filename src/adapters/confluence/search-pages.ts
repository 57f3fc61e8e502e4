/**
 * The space's pages whose titles contain what the person typed, for the publish panel's page picker. Confluence
 * REST v2 filters pages by exact title only, so Keel lists the space's current pages by title (`sort=title`,
 * pages of 250, the v2 maximum) up to `maxListed` and matches case-insensitively, answering at most
 * `maxResults`, titles starting with the text first. `truncated` says the space has more pages than were read.
 * Complexity: O(listed) per search, at most `maxListed / 250` Confluence requests.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductRequest } from '../product-request';

const listed = z.looseObject({
  results: z.array(z.looseObject({ id: z.string(), title: z.string() })),
  _links: z.looseObject({ next: z.string().optional() }).optional(),
});

export interface PageMatch {
  id: string;
  title: string;
}

export async function searchPagesByTitle(
  request: ProductRequest,
  spaceId: string,
  text: string,
  limits: { maxListed: number; maxResults: number } = { maxListed: 1000, maxResults: 20 },
): Promise<{ pages: PageMatch[]; truncated: boolean }> {
  const needle = text.trim().toLocaleLowerCase();
  const pages: PageMatch[] = [];
  let cursor: string | null = null;
  let read = 0;
  do {
    const answer: z.infer<typeof listed> = await request(
      listed,
      cursor === null
        ? route`/wiki/api/v2/pages?space-id=${spaceId}&status=current&sort=title&limit=250`
        : route`/wiki/api/v2/pages?space-id=${spaceId}&status=current&sort=title&limit=250&cursor=${cursor}`,
    );
    read += answer.results.length;
    pages.push(...answer.results.filter((p) => p.title.toLocaleLowerCase().includes(needle)).map(({ id, title }) => ({ id, title })));
    const next = answer._links?.next;
    cursor = next === undefined ? null : new URLSearchParams(next.split('?')[1] ?? '').get('cursor');
  } while (cursor !== null && read < limits.maxListed);
  const starts = (p: PageMatch) => (p.title.toLocaleLowerCase().startsWith(needle) ? 0 : 1);
  const ranked = [...pages].sort((a, b) => starts(a) - starts(b));
  return { pages: ranked.slice(0, limits.maxResults), truncated: cursor !== null || ranked.length > limits.maxResults };
}
