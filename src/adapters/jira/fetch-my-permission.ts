/** Whether the asking user holds a project permission, through `GET /rest/api/3/mypermissions`. */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductRequest } from '../product-request';

const answer = z.looseObject({ permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean() })) });

export async function hasProjectPermission(request: ProductRequest, projectKey: string, permission: 'ADMINISTER_PROJECTS' | 'BROWSE_PROJECTS'): Promise<boolean> {
  const { permissions } = await request(answer, route`/rest/api/3/mypermissions?projectKey=${projectKey}&permissions=${permission}`);
  return permissions[permission]?.havePermission === true;
}
