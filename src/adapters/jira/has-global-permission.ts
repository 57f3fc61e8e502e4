/** Whether the asking user holds a global permission (Jira admin: `ADMINISTER`), through `GET /rest/api/3/mypermissions`. */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductRequest } from '../product-request';

const answer = z.looseObject({ permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean() })) });

export async function hasGlobalPermission(request: ProductRequest, permission: 'ADMINISTER'): Promise<boolean> {
  const { permissions } = await request(answer, route`/rest/api/3/mypermissions?permissions=${permission}`);
  return permissions[permission]?.havePermission === true;
}
