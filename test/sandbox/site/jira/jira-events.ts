/**
 * The Jira events the sandbox's Jira fires when it changes an issue or a link, in the payload shapes Forge
 * delivers to a `trigger` module: issue events `{ eventType, atlassianId, issue: { id, key, fields }, changelog? }`,
 * issue link events `{ eventType, atlassianId, id, sourceIssueId, destinationIssueId, issueLinkType }` (numbers,
 * as Forge sends them). Listeners are kept per site state, so two sites in one process do not hear each other;
 * test/sandbox/forge/product-triggers.ts delivers them to the app's trigger functions.
 */
import type { Principal } from '../../site-types';
import type { Snapshot, SnapshotIssue } from '../../snapshot-schema';

export type JiraEventType =
  | 'avi:jira:created:issue'
  | 'avi:jira:updated:issue'
  | 'avi:jira:deleted:issue'
  | 'avi:jira:created:issuelink'
  | 'avi:jira:deleted:issuelink';

export type JiraEvent = { eventType: JiraEventType } & Record<string, unknown>;
export type JiraEventListener = (event: JiraEvent) => void;

const listeners = new WeakMap<Snapshot, Set<JiraEventListener>>();

/** Subscribes to the events of one site; answers the unsubscribe. */
export function onJiraEvent(state: Snapshot, listener: JiraEventListener): () => void {
  const set = listeners.get(state) ?? new Set<JiraEventListener>();
  listeners.set(state, set);
  set.add(listener);
  return () => set.delete(listener);
}

export function emitJiraEvent(state: Snapshot, event: JiraEvent): void {
  for (const listener of listeners.get(state) ?? []) listener(event);
}

const actor = (principal: Principal): string | undefined => (principal.type === 'user' ? principal.accountId : undefined);

/**
 * One field's change in an event's changelog, as Jira sends it: `field` is the field's name for a custom field
 * ("Story Points") and its id for most system fields ("duedate"), `fieldId` its id, `fieldtype` "jira" or "custom".
 */
export interface ChangelogItem {
  field: string;
  fieldtype: 'jira' | 'custom';
  fieldId: string;
  fromString: string | null;
  toString: string | null;
}

export function issueEvent(
  eventType: 'avi:jira:created:issue' | 'avi:jira:updated:issue' | 'avi:jira:deleted:issue',
  issue: SnapshotIssue,
  principal: Principal,
  changelog?: { items: ChangelogItem[] },
): JiraEvent {
  const { summary, issuetype, project, status, created, updated, reporter, assignee } = issue.fields;
  return {
    eventType,
    atlassianId: actor(principal),
    issue: { id: issue.id, key: issue.key, fields: { summary, issuetype, project, status, created, updated, reporter, assignee } },
    ...(changelog ? { changelog: { id: String(Date.now()), ...changelog } } : {}),
  };
}

export function issueLinkEvent(
  eventType: 'avi:jira:created:issuelink' | 'avi:jira:deleted:issuelink',
  link: { id: string; sourceIssueId: string; destinationIssueId: string; type: { id: string; name: string; inward?: string; outward?: string } },
  principal: Principal,
): JiraEvent {
  return {
    eventType,
    atlassianId: actor(principal),
    id: Number(link.id),
    sourceIssueId: Number(link.sourceIssueId),
    destinationIssueId: Number(link.destinationIssueId),
    issueLinkType: {
      id: Number(link.type.id),
      name: link.type.name,
      outwardName: link.type.outward,
      inwardName: link.type.inward,
      isSubTaskLinkType: false,
      isSystemLinkType: false,
    },
  };
}
