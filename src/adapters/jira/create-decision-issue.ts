/**
 * Records a decision in Jira as the user: `POST /rest/api/3/issue` (summary, the description with the four
 * record headings, the owner as assignee and in the mapped owner field, the mapped status and date fields),
 * then one `POST /rest/api/3/issueLink` per "supersedes" and per related issue. On Jira Cloud the link request's
 * `inwardIssue` is the subject of the type's outward words, so the new decision "supersedes" the old one.
 * Jira has no transaction across these calls: when a link fails, the new issue is deleted again (as the user),
 * so trying again cannot make a duplicate; when Jira will not delete it either, the answer names the issue and
 * the links it lacks.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import { AppError } from '../../app-error';
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

export interface CreatedDecisionIssue {
  id: string;
  key: string;
  /** Links Jira refused, when the issue could not be deleted again: "supersedes PAY-12 (Jira's reason)". */
  missingLinks: string[];
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export async function createDecisionIssue(request: ProductRequest, decision: NewDecisionIssue): Promise<CreatedDecisionIssue> {
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
  for (const [i, link] of links.entries()) {
    try {
      await request(z.unknown(), route`/rest/api/3/issueLink`, {
        method: 'POST',
        body: JSON.stringify({ type: { name: link.type }, inwardIssue: { key: issue.key }, outwardIssue: { key: link.key } }),
      });
    } catch (error) {
      const failed = `${link.type} ${link.key} (${reason(error)})`;
      try {
        await request(z.unknown(), route`/rest/api/3/issue/${issue.key}`, { method: 'DELETE' });
      } catch {
        // Jira would not delete it either: the issue stays, and the answer says which links it lacks.
        return { id: issue.id, key: issue.key, missingLinks: [failed, ...links.slice(i + 1).map((l) => `${l.type} ${l.key} (not tried)`)] };
      }
      throw new AppError('JIRA_ERROR', `The decision was not recorded: Jira refused the link ${failed}, so Keel deleted the issue it had just created. Nothing was left behind; try again.`);
    }
  }
  return { id: issue.id, key: issue.key, missingLinks: [] };
}
