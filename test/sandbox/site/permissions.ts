/**
 * Who may see and do what, from the snapshot's permission-scheme grants (Jira) and space permissions
 * (Confluence). Holder semantics follow Jira's: `user` is one account, `applicationRole` any signed-in user,
 * `anyone` everybody including anonymous. The app (asApp) may do everything. An issue under a security level
 * is seen only by the level's members (issue-security.ts).
 */
import type { Principal } from '../site-types';
import type { Snapshot, SnapshotIssue } from '../snapshot-schema';
import { passesSecurityLevel } from './issue-security';

export type ProjectPermission = Snapshot['grants'][number]['permission'];
type Project = Snapshot['projects'][number];

export function hasProjectPermission(state: Snapshot, principal: Principal, projectKey: string, permission: ProjectPermission): boolean {
  if (principal.type === 'app') return true;
  // A deactivated account holds no permissions, whatever the scheme grants.
  if (principal.type === 'user' && state.users.find((u) => u.accountId === principal.accountId)?.active !== true) return false;
  return state.grants.some((grant) => {
    if (grant.projectKey !== projectKey || grant.permission !== permission) return false;
    switch (grant.holder.type) {
      case 'anyone':
        return true;
      case 'applicationRole':
        return principal.type === 'user';
      case 'user':
        return principal.type === 'user' && grant.holder.accountId === principal.accountId;
    }
  });
}

export function canBrowseProject(state: Snapshot, principal: Principal, projectKey: string): boolean {
  return hasProjectPermission(state, principal, projectKey, 'BROWSE_PROJECTS');
}

export function visibleProjects(state: Snapshot, principal: Principal): Project[] {
  return state.projects.filter((p) => canBrowseProject(state, principal, p.key));
}

/** Browse on the issue's project, and membership of its security level when it has one. */
export function canBrowseIssue(state: Snapshot, principal: Principal, issue: SnapshotIssue): boolean {
  return canBrowseProject(state, principal, issue.fields.project.key) && passesSecurityLevel(state, principal, issue);
}

/** A project by key (case-insensitive) or id, if the principal may browse it. */
export function findVisibleProject(state: Snapshot, principal: Principal, idOrKey: string): Project | undefined {
  const wanted = idOrKey.toUpperCase();
  const project = state.projects.find((p) => p.id === idOrKey || p.key.toUpperCase() === wanted);
  return project && canBrowseProject(state, principal, project.key) ? project : undefined;
}

/** An issue by key (case-insensitive) or id, if the principal may browse it. */
export function findVisibleIssue(state: Snapshot, principal: Principal, idOrKey: string): SnapshotIssue | undefined {
  const issue = findIssue(state.issues, idOrKey);
  return issue && canBrowseIssue(state, principal, issue) ? issue : undefined;
}

/**
 * Issues by id and by upper-case key, built again when the list changes length or last issue (the sandbox
 * appends the issues it creates, deletes any, and never renames one): a search naming 100 keys of a
 * 50,000-issue site is not 100 scans.
 */
const issueIndexes = new WeakMap<readonly SnapshotIssue[], { length: number; lastId: string | undefined; byIdOrKey: Map<string, SnapshotIssue> }>();

/** The issue with this id or key (case-insensitive), whoever asks: O(1) after the list's index is built. */
export function findIssue(issues: readonly SnapshotIssue[], idOrKey: string): SnapshotIssue | undefined {
  let index = issueIndexes.get(issues);
  const lastId = issues[issues.length - 1]?.id;
  if (index?.length !== issues.length || index.lastId !== lastId) {
    const byIdOrKey = new Map<string, SnapshotIssue>();
    // First wins, as `find` would: ids and keys never collide (a key has a dash, an id is digits).
    for (const issue of [...issues].reverse()) {
      byIdOrKey.set(issue.id, issue);
      byIdOrKey.set(issue.key.toUpperCase(), issue);
    }
    index = { length: issues.length, lastId, byIdOrKey };
    issueIndexes.set(issues, index);
  }
  const byId = index.byIdOrKey.get(idOrKey);
  return byId?.id === idOrKey ? byId : index.byIdOrKey.get(idOrKey.toUpperCase());
}

/**
 * `canBrowseIssue` for many issues at once (a search over a large site): each project's Browse permission is
 * decided once, not once an issue.
 */
export function browseCheck(state: Snapshot, principal: Principal): (issue: SnapshotIssue) => boolean {
  const byProject = new Map<string, boolean>();
  return (issue) => {
    const key = issue.fields.project.key;
    let may = byProject.get(key);
    if (may === undefined) {
      may = canBrowseProject(state, principal, key);
      byProject.set(key, may);
    }
    return may && passesSecurityLevel(state, principal, issue);
  };
}

export function isSiteAdmin(state: Snapshot, principal: Principal): boolean {
  return principal.type === 'app' || (principal.type === 'user' && state.siteAdmins.includes(principal.accountId));
}

function spaceAccess(holders: readonly string[], principal: Principal): boolean {
  if (principal.type === 'app') return true;
  if (holders.includes('anyone')) return true;
  if (principal.type !== 'user') return false;
  return holders.includes('anyone-signed-in') || holders.includes(principal.accountId);
}

export function canReadSpace(state: Snapshot, principal: Principal, spaceKey: string): boolean {
  const entry = state.confluence.spacePermissions.find((p) => p.spaceKey === spaceKey);
  return entry !== undefined && (spaceAccess(entry.read, principal) || spaceAccess(entry.write, principal));
}

/** Space admins (who may purge pages from the space's trash). */
export function canAdministerSpace(state: Snapshot, principal: Principal, spaceKey: string): boolean {
  const entry = state.confluence.spacePermissions.find((p) => p.spaceKey === spaceKey);
  return entry !== undefined && spaceAccess(entry.admin ?? [], principal);
}

export function canWriteSpace(state: Snapshot, principal: Principal, spaceKey: string): boolean {
  const entry = state.confluence.spacePermissions.find((p) => p.spaceKey === spaceKey);
  return entry !== undefined && spaceAccess(entry.write, principal);
}
