/**
 * Records a decision in Jira as the user: `POST /rest/api/3/issue` (summary, the description with the four
 * record headings, the owner as assignee and in the mapped owner field, the mapped status and date fields),
 * then one `POST /rest/api/3/issueLink` per "supersedes" and per related issue. On Jira Cloud the link request's
 * `inwardIssue` is the subject of the type's outward words, so the new decision "supersedes" the old one.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductRequest } from '../product-request';
import { decisionDescription, type DecisionText } from './decision-description';

export interface NewDecisionIssue extends DecisionText {
  projectKey: string;
  issueType: string;
  title: string;
  ownerAccountId: string | null;
  /** Field id -> value for the mapped owner, status and date fields. */
  mappedFields: Record<string, unknown>;
  supersedes: string[];
  relatesTo: string[];
  supersedesLinkType: string;
  relatesLinkType: string;
}

const created = z.looseObject({ id: z.string(), key: z.string() });

export async function createDecisionIssue(request: ProductRequest, decision: NewDecisionIssue): Promise<{ id: string; key: string }> {
  const issue = await request(created, route`/rest/api/3/issue`, {
    method: 'POST',
    body: JSON.stringify({
      fields: {
        project: { key: decision.projectKey },
        issuetype: { name: decision.issueType },
        summary: decision.title,
        description: decisionDescription(decision),
        ...(decision.ownerAccountId === null ? {} : { assignee: { accountId: decision.ownerAccountId } }),
        ...decision.mappedFields,
      },
    }),
  });
  const links = [
    ...decision.supersedes.map((key) => ({ type: decision.supersedesLinkType, key })),
    ...decision.relatesTo.map((key) => ({ type: decision.relatesLinkType, key })),
  ];
  for (const link of links) {
    await request(z.unknown(), route`/rest/api/3/issueLink`, {
      method: 'POST',
      body: JSON.stringify({ type: { name: link.type }, inwardIssue: { key: issue.key }, outwardIssue: { key: link.key } }),
    });
  }
  return { id: issue.id, key: issue.key };
}
