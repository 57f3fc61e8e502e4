/**
 * One issue in the exact shape POST /rest/api/3/search/jql returns with `fields=*all`: id, key, self and
 * every field (null when empty), links on both ends, parent and sub-task references, time tracking from
 * the worklogs, and the dates that derive from the status history.
 */
import { jiraDate, jiraDateTime, type DemoCalendar } from './calendar';
import { resolutionFor } from './changelogs';
import { customValues } from './custom-values';
import { description } from './descriptions';
import type { Draft } from './draft';
import type { IssueTypeDetails, IssueTypeName } from './issue-types';
import type { IssueLinkType, LinkTypeName } from './link-types';
import { issueLinksOf, type DemoLink } from './links';
import { componentRefs, projectRef } from './projects';
import { currentStatus } from './status-history';
import { timeFigures, timeTrackingFields, type TimeFigures } from './time-tracking';
import { demoUser, userRef } from './users';
import type { Worklog } from './worklogs';
import { priorityRef, resolutionRef, statusCategoryKey, type StatusDetails, type StatusName } from './workflow';
import type { SnapshotIssue } from '../snapshot-schema';

export interface IssueContext {
  baseUrl: string;
  calendar: DemoCalendar;
  statuses: ReadonlyMap<StatusName, StatusDetails>;
  types: ReadonlyMap<IssueTypeName, IssueTypeDetails>;
  linkTypes: ReadonlyMap<LinkTypeName, IssueLinkType>;
  byRef: ReadonlyMap<string, Draft>;
  children: ReadonlyMap<string, readonly Draft[]>;
  links: readonly DemoLink[];
  worklogs: ReadonlyMap<string, readonly Worklog[]>;
  ranks: ReadonlyMap<Draft, string>;
}

function lookup<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo catalogue has no ${String(key)}`);
  return value;
}

/** The short issue reference inside `parent`, `subtasks` and `issuelinks`. */
export function issueRef(draft: Draft, context: IssueContext): Record<string, unknown> {
  return {
    id: draft.id,
    key: draft.key,
    self: `${context.baseUrl}/rest/api/3/issue/${draft.id}`,
    fields: {
      summary: draft.summary,
      status: lookup(context.statuses, currentStatus(draft.history)),
      priority: priorityRef(context.baseUrl, draft.priority),
      issuetype: lookup(context.types, draft.type),
    },
  };
}

function figures(draft: Draft, context: IssueContext): TimeFigures {
  const spent = (context.worklogs.get(draft.id) ?? []).reduce((total, log) => total + log.timeSpentSeconds, 0);
  return timeFigures(draft.estimateSeconds, spent, statusCategoryKey(currentStatus(draft.history)) === 'done');
}

export function issueJson(draft: Draft, context: IssueContext): SnapshotIssue {
  const { baseUrl } = context;
  const status = currentStatus(draft.history);
  const categoryChange = draft.history.transitions.filter((t) => statusCategoryKey(t.from) !== statusCategoryKey(t.to)).at(-1);
  const enteredDone = statusCategoryKey(status) === 'done' ? categoryChange : undefined;
  const worklogs = context.worklogs.get(draft.id) ?? [];
  const updated = Math.max(draft.created, draft.movedFrom?.at ?? 0, ...draft.history.transitions.map((t) => t.at), ...worklogs.map((log) => Date.parse(String(log.created).replace('+0000', 'Z'))));
  const parent = draft.parentRef ? context.byRef.get(draft.parentRef) : undefined;
  const subtasks = (context.children.get(draft.ref) ?? []).filter((child) => child.type === 'Sub-task');
  const self = `${baseUrl}/rest/api/3/issue/${draft.id}`;
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: draft.id,
    self,
    key: draft.key,
    fields: {
      summary: draft.summary,
      issuetype: lookup(context.types, draft.type),
      project: projectRef(baseUrl, draft.project),
      status: lookup(context.statuses, status),
      priority: priorityRef(baseUrl, draft.priority),
      assignee: draft.assignee ? userRef(demoUser(draft.assignee), baseUrl) : null,
      reporter: userRef(demoUser(draft.reporter), baseUrl),
      creator: userRef(demoUser(draft.reporter), baseUrl),
      created: jiraDateTime(draft.created),
      updated: jiraDateTime(updated),
      lastViewed: null,
      statuscategorychangedate: jiraDateTime(categoryChange?.at ?? draft.created),
      resolution: enteredDone ? resolutionRef(baseUrl, resolutionFor(status)) : null,
      resolutiondate: enteredDone ? jiraDateTime(enteredDone.at) : null,
      duedate: draft.span ? jiraDate(context.calendar.workday(draft.span.start + draft.span.days - 1)) : null,
      description: description(draft, parent),
      labels: draft.labels,
      components: draft.component ? componentRefs(baseUrl, draft.project).filter((c) => c.name === draft.component) : [],
      fixVersions: [],
      versions: [],
      environment: null,
      security: null,
      attachment: [],
      issuerestriction: { issuerestrictions: {}, shouldDisplay: false },
      ...(parent ? { parent: issueRef(parent, context) } : {}),
      subtasks: subtasks.map((child) => issueRef(child, context)),
      issuelinks: issueLinksOf(draft, context.links, context.linkTypes, (other) => issueRef(other, context), baseUrl),
      ...timeTrackingFields(figures(draft, context), subtasks.map((child) => figures(child, context))),
      worklog: { startAt: 0, maxResults: 20, total: worklogs.length, worklogs: worklogs.slice(0, 20) },
      comment: { comments: [], self: `${self}/comment`, maxResults: 0, total: 0, startAt: 0 },
      watches: { self: `${baseUrl}/rest/api/3/issue/${draft.key}/watchers`, watchCount: 1, isWatching: false },
      votes: { self: `${baseUrl}/rest/api/3/issue/${draft.key}/votes`, votes: 0, hasVoted: false },
      ...customValues(draft, { baseUrl, calendar: context.calendar, rank: context.ranks.get(draft) ?? '0|i00000:' }),
    },
  };
}
