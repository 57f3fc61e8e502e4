/** Issue types of the demo site (GET /rest/api/3/issuetype), ids and icons as on a Jira Cloud site. */
export type IssueTypeName = 'Epic' | 'Story' | 'Task' | 'Bug' | 'Sub-task' | 'Risk' | 'Decision';

/* A type alias, not an interface, so it fits the snapshot schema's open objects. */
export type IssueTypeDetails = {
  self: string;
  id: string;
  description: string;
  iconUrl: string;
  name: IssueTypeName;
  subtask: boolean;
  avatarId: number;
  hierarchyLevel: number;
};

const ROWS: ReadonlyArray<[IssueTypeName, string, number, number, string]> = [
  ['Epic', '10000', 10307, 1, 'Epics track collections of related bugs, stories, and tasks.'],
  ['Story', '10001', 10315, 0, 'Stories track functionality or features expressed as user goals.'],
  ['Task', '10002', 10318, 0, 'A small, distinct piece of work.'],
  ['Bug', '10004', 10303, 0, 'Bugs track problems or errors.'],
  ['Sub-task', '10003', 10316, -1, 'Subtasks track small pieces of work that are part of a larger task.'],
  ['Risk', '10005', 10311, 0, 'Something that may happen and would affect the project: probability, impact, owner, treatment.'],
  ['Decision', '10006', 10320, 0, 'A decision: context, options considered, outcome and consequences.'],
];

export function demoIssueTypes(baseUrl: string): IssueTypeDetails[] {
  return ROWS.map(([name, id, avatarId, hierarchyLevel, description]) => ({
    self: `${baseUrl}/rest/api/3/issuetype/${id}`,
    id,
    description,
    iconUrl: `${baseUrl}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${avatarId}?size=medium`,
    name,
    subtask: hierarchyLevel < 0,
    avatarId,
    hierarchyLevel,
  }));
}
