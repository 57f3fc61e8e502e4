/**
 * How the risk register and the decision log of a project read their issues: by project and issue type, not by
 * the scope JQL. The scope JQL says what is scheduled; an admin who leaves risks and decisions out of it (they are
 * not work) must not empty the register or the log. A JQL filter (a macro's) is still read as written.
 */
import { jqlString } from './report-scope';

/** Example: ("PAY", "Risk") -> `(project = "PAY") AND (issuetype = "Risk")`. */
export function projectTypeJql(projectKey: string, issueType: string): string {
  return `(project = ${jqlString(projectKey)}) AND (issuetype = ${jqlString(issueType)})`;
}
