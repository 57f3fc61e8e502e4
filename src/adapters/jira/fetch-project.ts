/** One project by key, as the asking principal may see it (`GET /rest/api/3/project/{key}`). */
import { route } from '@forge/api';
import { z } from 'zod';
import { AppError } from '../../app-error';
import type { ProductRequest } from '../product-request';

const project = z.looseObject({ id: z.string(), key: z.string(), name: z.string() });
export type JiraProject = z.infer<typeof project>;

export async function fetchProject(request: ProductRequest, key: string): Promise<JiraProject> {
  try {
    return await request(project, route`/rest/api/3/project/${key}`);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      throw new AppError('NOT_FOUND', `Project ${key} was not found, or you do not have permission to browse it. Check the key, or ask a Jira admin for access.`);
    }
    throw error;
  }
}
