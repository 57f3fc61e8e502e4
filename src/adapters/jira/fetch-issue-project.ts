/** The project of one issue, as the viewer may see it (`GET /rest/api/3/issue/{key}?fields=project`). */
import { route } from '@forge/api';
import { z } from 'zod';
import { AppError } from '../../app-error';
import type { ProductRequest } from '../product-request';

const issue = z.looseObject({ key: z.string(), fields: z.looseObject({ project: z.looseObject({ key: z.string() }) }) });

export async function fetchIssueProject(request: ProductRequest, issueKey: string): Promise<{ issueKey: string; projectKey: string }> {
  try {
    const found = await request(issue, route`/rest/api/3/issue/${issueKey}?fields=project`);
    // A moved issue answers under its new key.
    return { issueKey: found.key, projectKey: found.fields.project.key };
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      throw new AppError('NOT_FOUND', `Issue ${issueKey} does not exist, or you do not have permission to see it.`);
    }
    throw error;
  }
}
