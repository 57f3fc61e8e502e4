/**
 * Changelogs (GET /rest/api/3/issue/{id}/changelog -> values): one entry per status transition, with the
 * resolution set on the way into a done status, and the project and key change of a moved issue. Ids
 * ascend with time across the site, as Jira's history ids do. Jira writes `"from": null` for an empty
 * side; the OpenAPI spec types those as strings, so empty sides are left out instead.
 */
import { jiraDateTime } from './calendar';
import type { Draft } from './draft';
import { DEMO_PROJECTS } from './projects';
import { demoUser, userRef, type UserKey } from './users';
import { statusCategoryKey, type StatusDetails, type StatusName } from './workflow';

export type ChangelogEntry = Record<string, unknown> & { id: string; created: string; items: Array<Record<string, unknown>> };

interface Pending {
  issueId: string;
  at: number;
  author: UserKey;
  items: Array<Record<string, unknown>>;
}

export function resolutionFor(status: StatusName): 'Done' | "Won't Do" {
  return status === 'Rejected' ? "Won't Do" : 'Done';
}

function moveItems(draft: Draft): Array<Record<string, unknown>> {
  if (!draft.movedFrom) return [];
  const from = DEMO_PROJECTS[draft.movedFrom.project];
  const to = DEMO_PROJECTS[draft.project];
  return [
    { field: 'project', fieldtype: 'jira', fieldId: 'project', from: from.id, fromString: from.name, to: to.id, toString: to.name },
    { field: 'Key', fieldtype: 'jira', fieldId: 'issuekey', ...(draft.oldKey ? { fromString: draft.oldKey } : {}), toString: draft.key },
  ];
}

export function demoChangelogs(drafts: readonly Draft[], statuses: ReadonlyMap<StatusName, StatusDetails>, baseUrl: string): Record<string, ChangelogEntry[]> {
  const pending: Pending[] = [];
  const statusId = (name: StatusName): string => statuses.get(name)?.id ?? '';
  for (const draft of drafts) {
    const author = draft.assignee ?? draft.reporter;
    if (draft.movedFrom) pending.push({ issueId: draft.id, at: draft.movedFrom.at, author: 'sam', items: moveItems(draft) });
    for (const transition of draft.history.transitions) {
      const items: Array<Record<string, unknown>> = [
        { field: 'status', fieldtype: 'jira', fieldId: 'status', from: statusId(transition.from), fromString: transition.from, to: statusId(transition.to), toString: transition.to },
      ];
      const entersDone = statusCategoryKey(transition.to) === 'done' && statusCategoryKey(transition.from) !== 'done';
      if (entersDone) {
        const resolution = resolutionFor(transition.to);
        items.push({ field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', to: resolution === 'Done' ? '10000' : '10001', toString: resolution });
      }
      pending.push({ issueId: draft.id, at: transition.at, author, items });
    }
  }
  pending.sort((a, b) => a.at - b.at || a.issueId.localeCompare(b.issueId));
  const byIssue: Record<string, ChangelogEntry[]> = {};
  pending.forEach((entry, index) => {
    const list = (byIssue[entry.issueId] ??= []);
    list.push({ id: String(20_000 + index), author: userRef(demoUser(entry.author), baseUrl), created: jiraDateTime(entry.at), items: entry.items });
  });
  for (const draft of drafts) byIssue[draft.id] ??= [];
  return byIssue;
}
