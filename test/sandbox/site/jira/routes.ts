/** The emulated Jira Cloud REST v3 operations, templates relative to /rest/api/3. */
import type { Route } from '../context';
import { approximateCount } from './approximate-count';
import { createIssue } from './issue-create';
import { editIssue } from './issue-edit';
import { getIssue } from './issue-get';
import { createIssueLink } from './issue-link';
import { deleteIssue, deleteIssueLink } from './issue-delete';
import { doTransition, getTransitions } from './issue-transitions';
import { getChangelog, getWorklogs } from './issue-history';
import { parseJqlQueries } from './jql-parse';
import { getFields, getIssueLinkTypes, getIssueTypes, getServerInfo, getStatusCategories, getStatuses } from './metadata';
import { getMyPermissions } from './my-permissions';
import { getProject, getProjectVersions, searchProjects } from './projects';
import { searchJqlGet, searchJqlPost } from './search';
import { getMyself, getUser, searchUsers } from './users';

export const jiraRoutes: readonly Route[] = [
  { method: 'GET', template: '/search/jql', handle: searchJqlGet },
  { method: 'POST', template: '/search/jql', handle: searchJqlPost },
  { method: 'POST', template: '/search/approximate-count', handle: approximateCount },
  { method: 'GET', template: '/issue/{issueIdOrKey}', handle: getIssue },
  { method: 'PUT', template: '/issue/{issueIdOrKey}', handle: editIssue },
  { method: 'POST', template: '/issue', handle: createIssue },
  { method: 'GET', template: '/issue/{issueIdOrKey}/worklog', handle: getWorklogs },
  { method: 'GET', template: '/issue/{issueIdOrKey}/changelog', handle: getChangelog },
  { method: 'GET', template: '/issue/{issueIdOrKey}/transitions', handle: getTransitions },
  { method: 'POST', template: '/issue/{issueIdOrKey}/transitions', handle: doTransition },
  { method: 'GET', template: '/field', handle: getFields },
  { method: 'GET', template: '/issuetype', handle: getIssueTypes },
  { method: 'GET', template: '/issueLinkType', handle: getIssueLinkTypes },
  { method: 'POST', template: '/issueLink', handle: createIssueLink },
  { method: 'DELETE', template: '/issueLink/{linkId}', handle: deleteIssueLink },
  { method: 'DELETE', template: '/issue/{issueIdOrKey}', handle: deleteIssue },
  { method: 'GET', template: '/status', handle: getStatuses },
  { method: 'GET', template: '/statuscategory', handle: getStatusCategories },
  { method: 'GET', template: '/project/search', handle: searchProjects },
  { method: 'GET', template: '/project/{projectIdOrKey}', handle: getProject },
  { method: 'GET', template: '/project/{projectIdOrKey}/versions', handle: getProjectVersions },
  { method: 'GET', template: '/myself', handle: getMyself },
  { method: 'GET', template: '/user', handle: getUser },
  { method: 'GET', template: '/user/search', handle: searchUsers },
  { method: 'GET', template: '/mypermissions', handle: getMyPermissions },
  { method: 'GET', template: '/serverInfo', handle: getServerInfo },
  { method: 'POST', template: '/jql/parse', handle: parseJqlQueries },
];
