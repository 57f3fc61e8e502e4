/**
 * Jira's issue security: an issue under a security level is seen only by the level's members, on top of the
 * project's Browse permission (search, issue GET, links, counts alike). The app (asApp) sees every level.
 * A level that no scheme of the snapshot defines has no members, so its issues are seen by the app alone.
 */
import type { Principal } from '../site-types';
import type { Snapshot, SnapshotIssue } from '../snapshot-schema';

type Member = NonNullable<Snapshot['issueSecurityLevelMembers']>[number];

/** The issue's security level id, or undefined when it has none. */
export function securityLevelOf(issue: SnapshotIssue): string | undefined {
  const level = issue.fields.security as { id?: unknown } | null | undefined;
  return typeof level?.id === 'string' ? level.id : undefined;
}

const accountOf = (value: unknown): string | undefined => {
  const id = (value as { accountId?: unknown } | null | undefined)?.accountId;
  return typeof id === 'string' ? id : undefined;
};

function membersOf(state: Snapshot, levelId: string): Member[] {
  return (state.issueSecurityLevelMembers ?? []).filter((m) => String(m.issueSecurityLevelId) === levelId);
}

function holds(member: Member, principal: Principal, issue: SnapshotIssue | undefined): boolean {
  if (principal.type !== 'user') return false;
  switch (member.holder.type) {
    case 'user':
      return member.holder.parameter === principal.accountId;
    case 'applicationRole':
      return true;
    case 'reporter':
      return issue !== undefined && accountOf(issue.fields.reporter) === principal.accountId;
    case 'assignee':
      return issue !== undefined && accountOf(issue.fields.assignee) === principal.accountId;
  }
}

/** Whether the principal passes the issue's security level (true when it has none). */
export function passesSecurityLevel(state: Snapshot, principal: Principal, issue: SnapshotIssue): boolean {
  const level = securityLevelOf(issue);
  if (level === undefined || principal.type === 'app') return true;
  return membersOf(state, level).some((m) => holds(m, principal, issue));
}

/**
 * Whether JQL's `level` clause knows the level for this principal: Jira answers "does not exist" for a level
 * the searcher is not in. A level with reporter or assignee members depends on the issue, so it is known.
 */
export function knowsSecurityLevel(state: Snapshot, principal: Principal, idOrName: string): boolean {
  const wanted = idOrName.toLowerCase();
  const level = (state.issueSecuritySchemes ?? []).flatMap((s) => s.levels).find((l) => l.id === idOrName || l.name.toLowerCase() === wanted);
  if (!level) return false;
  if (principal.type === 'app') return true;
  return membersOf(state, level.id).some((m) => m.holder.type === 'reporter' || m.holder.type === 'assignee' || holds(m, principal, undefined));
}
