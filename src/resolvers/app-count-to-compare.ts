/**
 * The app's count of a JQL query for the Confluence macros (issue #11), which read Jira only as their reader:
 * one `approximate-count` fetch as the app (`asApp()`; Keel is one app over Jira and Confluence, app.compatibility),
 * made only so that the reader's own count can be compared with it (viewer-levels.ts:
 * do they see the whole project, every issue under a level, every linked project?), as the project page compares.
 * The number is never shown, and nothing is read as the app because of it: a reader whose count equals it is
 * answered exactly as the project page answers them (the stored views included); one whose count falls short, from
 * the stored schedule without what they may not see. A count the app cannot make (Jira not reachable as the app from
 * this Confluence site, a refusal, a rate limit past its retry) is null: the reader is then taken to hide something,
 * as with no app count at all.
 */
import { countIssues } from '../adapters/jira/count-issues';
import type { ProductRequest } from '../adapters/product-request';
import { AppError } from '../app-error';

export function appCountToCompare(app: ProductRequest): (jql: string) => Promise<number | null> {
  return (jql) =>
    countIssues(app, jql).catch((error: unknown) => {
      // Without the app's count nothing is taken as seen: the safe side of every comparison.
      if (error instanceof AppError) return null;
      throw error;
    });
}
