/** The names of the site's issue link types (`GET /rest/api/3/issueLinkType`), as the user reads them. */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductRequest } from '../product-request';

const linkTypes = z.looseObject({ issueLinkTypes: z.array(z.looseObject({ name: z.string() })) });

export async function fetchLinkTypeNames(request: ProductRequest): Promise<string[]> {
  return (await request(linkTypes, route`/rest/api/3/issueLinkType`)).issueLinkTypes.map((t) => t.name);
}
