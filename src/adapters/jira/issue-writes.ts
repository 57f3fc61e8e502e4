/**
 * The Jira writes "Apply to Jira" makes, always as the user (issue #17): edit an issue's fields
 * (`PUT /rest/api/3/issue/{key}`), link two issues (`POST /rest/api/3/issueLink`), delete a link
 * (`DELETE /rest/api/3/issueLink/{id}`). A refusal arrives as the request's AppError (403, 404, 400 with the
 * field's problem), for the caller to report next to the change.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductRequest } from '../product-request';

export async function editIssueFields(request: ProductRequest, issueKey: string, fields: Record<string, unknown>): Promise<void> {
  await request(z.unknown(), route`/rest/api/3/issue/${issueKey}`, { method: 'PUT', body: JSON.stringify({ fields }) });
}

/** `outwardKey` is the subject of the link type's outward words ("PAY-1 blocks PAY-2"). */
export async function createIssueLink(request: ProductRequest, link: { linkType: string; outwardKey: string; inwardKey: string }): Promise<void> {
  // Jira's request names the subject of the outward words `inwardIssue` (its REST docs' own example does so).
  const body = { type: { name: link.linkType }, inwardIssue: { key: link.outwardKey }, outwardIssue: { key: link.inwardKey } };
  await request(z.unknown(), route`/rest/api/3/issueLink`, { method: 'POST', body: JSON.stringify(body) });
}

export async function deleteIssueLink(request: ProductRequest, linkId: string): Promise<void> {
  await request(z.unknown(), route`/rest/api/3/issueLink/${linkId}`, { method: 'DELETE' });
}

const myself = z.looseObject({ accountId: z.string(), displayName: z.string().optional() });

/** The caller's account id and display name (`GET /rest/api/3/myself`). */
export async function fetchMyself(request: ProductRequest): Promise<{ accountId: string; name: string }> {
  const me = await request(myself, route`/rest/api/3/myself`);
  return { accountId: me.accountId, name: me.displayName ?? me.accountId };
}
