/**
 * The demo's issue security: PAY's scheme has one level, "Staff only", that every employee holds and the
 * contractor Aiko does not, over the gateway contract work (the contract and its legal review, with their
 * sub-tasks, which take their parent's level as Jira makes them) and two risks (signing late, closed; the
 * platform event bus, open). Aiko may browse PAY but gets none of these from search, 404 for each, and
 * "does not exist" for the level in JQL: what Jira does. They carry estimates and worklogs, so they move
 * PAY's earned value and its open risks for everyone else.
 */
import type { Snapshot, SnapshotIssue } from '../snapshot-schema';
import type { Draft } from './draft';
import { DEMO_USER_LIST } from './users';

export const STAFF_ONLY = { id: '10300', name: 'Staff only', description: 'Employees only: contractors do not see contract and pricing work.' };

/** The plan refs of the issues under the level. */
export const STAFF_ONLY_REFS: ReadonlySet<string> = new Set(['pay-contract', 'pay-dpa', 'pay-risk-contract', 'pay-risk-bus']);

export function demoSecuritySchemes(baseUrl: string): NonNullable<Snapshot['issueSecuritySchemes']> {
  return [
    {
      id: 10100,
      self: `${baseUrl}/rest/api/3/issuesecurityschemes/10100`,
      name: 'Payments security',
      description: 'Who sees restricted payments work.',
      levels: [{ ...STAFF_ONLY, self: `${baseUrl}/rest/api/3/securitylevel/${STAFF_ONLY.id}` }],
    },
  ];
}

export function demoSecurityLevelMembers(): NonNullable<Snapshot['issueSecurityLevelMembers']> {
  return DEMO_USER_LIST.filter((user) => user.key !== 'aiko').map((user, index) => ({
    id: 10400 + index,
    issueSecurityLevelId: Number(STAFF_ONLY.id),
    holder: { type: 'user' as const, parameter: user.accountId },
  }));
}

/** The issue with its `security` field set when it (or, for a sub-task, its parent) is under the level. */
export function withSecurityLevel(issue: SnapshotIssue, draft: Pick<Draft, 'ref' | 'type' | 'parentRef'>, baseUrl: string): SnapshotIssue {
  const secured = STAFF_ONLY_REFS.has(draft.ref) || (draft.type === 'Sub-task' && draft.parentRef !== undefined && STAFF_ONLY_REFS.has(draft.parentRef));
  if (!secured) return issue;
  return { ...issue, fields: { ...issue.fields, security: { self: `${baseUrl}/rest/api/3/securitylevel/${STAFF_ONLY.id}`, ...STAFF_ONLY } } };
}
