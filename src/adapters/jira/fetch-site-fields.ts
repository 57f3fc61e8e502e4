/** The site's fields (`GET /rest/api/3/field`) as id and name, for mapping settings by name. */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductRequest } from '../product-request';

const siteField = z.looseObject({ id: z.string(), name: z.string() });

export async function fetchSiteFields(request: ProductRequest): Promise<{ id: string; name: string }[]> {
  const fields = await request(z.array(siteField), route`/rest/api/3/field`);
  return fields.map(({ id, name }) => ({ id, name }));
}
