/**
 * Who may browse a project, read from a snapshot's grants the way Jira decides it: an active account holds
 * BROWSE_PROJECTS through a user grant, the application role (any active licensed user) or `anyone`.
 * Being a site admin grants nothing by itself. Used by the demo's tests and its documented access table.
 */
import type { Snapshot } from '../snapshot-schema';

export function canBrowse(snapshot: Snapshot, accountId: string, projectKey: string): boolean {
  const user = snapshot.users.find((candidate) => candidate.accountId === accountId);
  if (!user?.active) return false;
  return snapshot.grants.some(
    (grant) =>
      grant.projectKey === projectKey &&
      grant.permission === 'BROWSE_PROJECTS' &&
      (grant.holder.type !== 'user' || grant.holder.accountId === accountId),
  );
}
