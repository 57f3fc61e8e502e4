/**
 * The issue type of one issue as the viewer may see it (`GET /rest/api/3/issue/{key}?fields=issuetype`), or
 * null when Jira answers 404 (no such issue, or hidden from the viewer). A search would not do: Jira refuses a
 * whole JQL (400) when one key in `key in (...)` is unknown to the viewer.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import { AppError } from '../../app-error';
import type { ProductRequest } from '../product-request';

const issue = z.looseObject({ key: z.string(), fields: z.looseObject({ issuetype: z.looseObject({ name: z.string() }) }) });

export async function fetchIssueType(request: ProductRequest, issueKey: string): Promise<string | null> {
  try {
    return (await request(issue, route`/rest/api/3/issue/${issueKey}?fields=issuetype`)).fields.issuetype.name;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}
