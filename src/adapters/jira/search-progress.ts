/**
 * A search page that makes no progress stops the search with an error (issue #11): Jira handing back the
 * token it was given would otherwise make a search loop until Forge stops the invocation.
 */
import { AppError } from '../../app-error';

export function checkSearchProgress(jql: string, sent: string | undefined, page: { nextPageToken?: string | null | undefined; isLast?: boolean | undefined }): void {
  if (page.isLast === true || page.nextPageToken === undefined || page.nextPageToken === null) return;
  if (page.nextPageToken === sent) {
    throw new AppError('JIRA_ERROR', `Jira's search (${jql}) answered the same page again, so Keel stopped reading it. Try again later; if it keeps happening, simplify the scope JQL.`, { jql });
  }
}
