/**
 * The system fields of GET /rest/api/3/field on a Jira Cloud site, copied in shape (names, schema, clause
 * names, flags) from the real answer of an atlassian.net site in shared/atlassian/jira-sites.
 */
/* A type alias, not an interface, so it fits the snapshot schema's open objects. */
export type FieldDefinition = {
  id: string;
  key: string;
  name: string;
  custom: boolean;
  orderable: boolean;
  navigable: boolean;
  searchable: boolean;
  clauseNames: string[];
  schema?: { type: string; items?: string; system?: string; custom?: string; customId?: number };
};

type Flags = 'ons' | 'on' | 'ns' | 'n' | 'os' | 'o';

/** [id, name, schema type (null: no schema), items, clause names, flags (o)rderable (n)avigable (s)earchable] */
type Row = [string, string, string | null, string | null, string[], Flags];

const ROWS: Row[] = [
  ['parent', 'Parent', null, null, ['parent'], 'n'],
  ['statusCategory', 'Status Category', null, null, ['statusCategory'], 'ns'],
  ['resolution', 'Resolution', 'resolution', null, ['resolution'], 'ons'],
  ['lastViewed', 'Last Viewed', 'datetime', null, ['lastViewed'], 'n'],
  ['aggregatetimeoriginalestimate', 'Σ Original Estimate', 'number', null, [], 'n'],
  ['issuelinks', 'Linked Issues', 'array', 'issuelinks', ['issueLink'], 'ons'],
  ['assignee', 'Assignee', 'user', null, ['assignee'], 'ons'],
  ['subtasks', 'Sub-tasks', 'array', 'issuelinks', ['subtasks'], 'n'],
  ['votes', 'Votes', 'votes', null, ['votes'], 'n'],
  ['worklog', 'Log Work', 'array', 'worklog', [], 'os'],
  ['issuetype', 'Issue Type', 'issuetype', null, ['issuetype', 'type'], 'ons'],
  ['timetracking', 'Time tracking', 'timetracking', null, [], 'os'],
  ['environment', 'Environment', 'string', null, ['environment'], 'ons'],
  ['duedate', 'Due date', 'date', null, ['due', 'duedate'], 'ons'],
  ['timeestimate', 'Remaining Estimate', 'number', null, ['remainingEstimate', 'timeestimate'], 'n'],
  ['status', 'Status', 'status', null, ['status'], 'ns'],
  ['aggregatetimeestimate', 'Σ Remaining Estimate', 'number', null, [], 'n'],
  ['creator', 'Creator', 'user', null, ['creator'], 'ns'],
  ['timespent', 'Time Spent', 'number', null, ['timespent'], 'n'],
  ['aggregatetimespent', 'Σ Time Spent', 'number', null, [], 'n'],
  ['workratio', 'Work Ratio', 'number', null, ['workratio'], 'ns'],
  ['labels', 'Labels', 'array', 'string', ['labels'], 'ons'],
  ['components', 'Components', 'array', 'component', ['component'], 'ons'],
  ['reporter', 'Reporter', 'user', null, ['reporter'], 'ons'],
  ['progress', 'Progress', 'progress', null, ['progress'], 'n'],
  ['project', 'Project', 'project', null, ['project'], 'ns'],
  ['resolutiondate', 'Resolved', 'datetime', null, ['resolutiondate', 'resolved'], 'ns'],
  ['watches', 'Watchers', 'watches', null, ['watchers'], 'n'],
  ['updated', 'Updated', 'datetime', null, ['updated', 'updatedDate'], 'ns'],
  ['timeoriginalestimate', 'Original estimate', 'number', null, ['originalEstimate', 'timeoriginalestimate'], 'n'],
  ['description', 'Description', 'string', null, ['description'], 'ons'],
  ['summary', 'Summary', 'string', null, ['summary'], 'ons'],
  ['comment', 'Comment', 'comments-page', null, ['comment'], 'os'],
  ['statuscategorychangedate', 'Status Category Changed', 'datetime', null, ['statusCategoryChangedDate'], 'ns'],
  ['fixVersions', 'Fix versions', 'array', 'version', ['fixVersion'], 'ons'],
  ['priority', 'Priority', 'priority', null, ['priority'], 'ons'],
  ['versions', 'Affects versions', 'array', 'version', ['affectedVersion'], 'ons'],
  ['issuekey', 'Key', null, null, ['id', 'issue', 'issuekey', 'key'], 'n'],
  ['aggregateprogress', 'Σ Progress', 'progress', null, [], 'n'],
  ['issuerestriction', 'Restrict to', 'issuerestriction', null, [], 'os'],
  ['thumbnail', 'Images', null, null, [], 'n'],
  ['created', 'Created', 'datetime', null, ['created', 'createdDate'], 'ns'],
  ['security', 'Security Level', 'securitylevel', null, ['level'], 'ons'],
  ['attachment', 'Attachment', 'array', 'attachment', ['attachments'], 'os'],
];

export const SYSTEM_FIELDS: readonly FieldDefinition[] = ROWS.map(([id, name, type, items, clauseNames, flags]) => ({
  id,
  key: id,
  name,
  custom: false,
  orderable: flags.includes('o'),
  navigable: flags.includes('n'),
  searchable: flags.includes('s'),
  clauseNames,
  ...(type === null ? {} : { schema: { type, ...(items === null ? {} : { items }), system: id } }),
}));
