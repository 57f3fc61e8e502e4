/** One issue's due date as the asking principal may see it (`GET /rest/api/3/issue/{key}?fields=duedate`); null when Jira does not show it to them. */
import { route } from '@forge/api';
import { z } from 'zod';
import { AppError } from '../../app-error';
import type { ProductRequest } from '../product-request';

const issue = z.looseObject({ key: z.string(), fields: z.looseObject({ duedate: z.string().nullable().optional(), summary: z.string().optional() }) });

export async function fetchIssueDue(request: ProductRequest, key: string): Promise<{ key: string; summary: string; dueDate: string | null } | null> {
  try {
    const found = await request(issue, route`/rest/api/3/issue/${key}?fields=duedate,summary`);
    return { key: found.key, summary: found.fields.summary ?? '', dueDate: found.fields.duedate ?? null };
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}
