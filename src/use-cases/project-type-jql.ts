/**
 * How the risk register and the decision log of a project read their issues: by project and issue type, not by
 * the scope JQL. The scope JQL says what is scheduled; an admin who leaves risks and decisions out of it (they are
 * not work) must not empty the register or the log. A JQL filter (a macro's) is still read as written.
 */
import { searchIssueKeys } from '../adapters/jira/search-issue-keys';
import type { ProductRequest } from '../adapters/product-request';
import { AppError } from '../app-error';
import { jqlString } from './report-scope';

/** Example: ("PAY", "Risk") -> `(project = "PAY") AND (issuetype = "Risk")`. */
export function projectTypeJql(projectKey: string, issueType: string): string {
  return `(project = ${jqlString(projectKey)}) AND (issuetype = ${jqlString(issueType)})`;
}

/**
 * The keys of a project's issues of one type, as the asking principal sees them. Jira refuses (400) a JQL naming an
 * issue type the site does not have: then there are none, and the caller's setup problems say what to map.
 */
export async function projectTypeKeys(jira: ProductRequest, projectKey: string, issueType: string, maxIssues: number): Promise<string[]> {
  try {
    return (await searchIssueKeys(jira, { jql: projectTypeJql(projectKey, issueType), maxIssues })).keys;
  } catch (error) {
    if (error instanceof AppError && error.details?.['status'] === 400) return [];
    throw error;
  }
}
