/**
 * An issue panel's first steps, one round trip shorter (issue #11): the work that needs the issue's project (its
 * settings, the project as the viewer reads it, the viewer's count of its scope) starts for the project the issue's
 * key names while Jira is asked, as the viewer, for the issue's own (`fetchIssueProject`), and is taken only when
 * Jira names that project; for a moved issue (its key names the project it left) it runs again for Jira's. Nothing
 * is answered before Jira has said the viewer may see the issue, and the work started ahead reads only settings and
 * what the viewer may read, so a wrong guess costs a few fetches and shows nothing.
 * Example: BIG-1 starts `work('BIG')` beside `GET /issue/BIG-1`; Jira names BIG, so that work's answer is used.
 */
import { fetchIssueProject } from '../adapters/jira/fetch-issue-project';
import type { ProductRequest } from '../adapters/product-request';

export async function withIssueProject<T>(request: ProductRequest, issueKey: string, work: (projectKey: string) => Promise<T>): Promise<{ issueKey: string; projectKey: string; value: T }> {
  const guess = issueKey.slice(0, Math.max(0, issueKey.lastIndexOf('-')));
  const ahead = guess === '' ? null : work(guess);
  // Never an unhandled rejection: a guess not taken is dropped; the failure of one taken is thrown where it is awaited.
  ahead?.catch(() => undefined);
  const issue = await fetchIssueProject(request, issueKey);
  const value = ahead !== null && issue.projectKey === guess ? await ahead : await work(issue.projectKey);
  return { ...issue, value };
}
