/**
 * Statuses (GET /rest/api/3/status), their categories, priorities and resolutions of the demo site.
 * Ids of To Do, In Progress and Done are the ones every Jira Cloud site has (10000, 3, 10001).
 */
export type StatusName =
  | 'To Do' | 'In Progress' | 'In Review' | 'Blocked' | 'Done'
  | 'Open' | 'Mitigating' | 'Closed'
  | 'Proposed' | 'Decided' | 'Superseded' | 'Rejected';

type CategoryKey = 'new' | 'indeterminate' | 'done';

const CATEGORIES: Record<CategoryKey, { id: number; colorName: string; name: string }> = {
  new: { id: 2, colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, colorName: 'green', name: 'Done' },
};

const STATUS_ROWS: ReadonlyArray<[StatusName, string, CategoryKey, string]> = [
  ['To Do', '10000', 'new', 'Work that has not started.'],
  ['In Progress', '3', 'indeterminate', 'This issue is being actively worked on at the moment by the assignee.'],
  ['Done', '10001', 'done', 'Work that is finished.'],
  ['In Review', '10002', 'indeterminate', 'Waiting for a code or content review.'],
  ['Blocked', '10003', 'indeterminate', 'Cannot progress until something outside this issue happens.'],
  ['Open', '10004', 'new', 'A risk that has been raised and not yet treated.'],
  ['Mitigating', '10005', 'indeterminate', 'A risk whose treatment is under way.'],
  ['Closed', '10006', 'done', 'A risk that no longer applies.'],
  ['Proposed', '10007', 'new', 'A decision under discussion.'],
  ['Decided', '10008', 'done', 'A decision that has been made.'],
  ['Superseded', '10009', 'done', 'A decision replaced by a later one.'],
  ['Rejected', '10010', 'done', 'A proposal that was turned down.'],
];

/* A type alias, not an interface, so it fits the snapshot schema's open objects. */
export type StatusDetails = {
  self: string;
  description: string;
  iconUrl: string;
  name: StatusName;
  id: string;
  statusCategory: { self: string; id: number; key: CategoryKey; colorName: string; name: string };
};

export function statusCategoryKey(name: StatusName): CategoryKey {
  const row = STATUS_ROWS.find(([rowName]) => rowName === name);
  if (!row) throw new Error(`unknown status ${name}`);
  return row[2];
}

export function demoStatuses(baseUrl: string): StatusDetails[] {
  return STATUS_ROWS.map(([name, id, category, description]) => ({
    self: `${baseUrl}/rest/api/3/status/${id}`,
    description,
    iconUrl: `${baseUrl}/`,
    name,
    id,
    statusCategory: { self: `${baseUrl}/rest/api/3/statuscategory/${CATEGORIES[category].id}`, key: category, ...CATEGORIES[category] },
  }));
}

export type PriorityName = 'Highest' | 'High' | 'Medium' | 'Low' | 'Lowest';

export const PRIORITY_NAMES: readonly PriorityName[] = ['Highest', 'High', 'Medium', 'Low', 'Lowest'];

/** The priority object inside issues (GET /rest/api/3/priority items carry more fields). */
export function priorityRef(baseUrl: string, name: PriorityName): Record<string, string> {
  const id = String(PRIORITY_NAMES.indexOf(name) + 1);
  return { self: `${baseUrl}/rest/api/3/priority/${id}`, iconUrl: `${baseUrl}/images/icons/priorities/${name.toLowerCase()}_new.svg`, name, id };
}

export type ResolutionName = 'Done' | "Won't Do" | 'Duplicate';

const RESOLUTION_IDS: Record<ResolutionName, string> = { Done: '10000', "Won't Do": '10001', Duplicate: '10002' };

const RESOLUTION_TEXT: Record<ResolutionName, string> = {
  Done: 'Work has been completed on this issue.',
  "Won't Do": 'This issue won\'t be actioned.',
  Duplicate: 'The problem is a duplicate of an existing issue.',
};

export function resolutionRef(baseUrl: string, name: ResolutionName): Record<string, string> {
  const id = RESOLUTION_IDS[name];
  return { self: `${baseUrl}/rest/api/3/resolution/${id}`, id, description: RESOLUTION_TEXT[name], name };
}
