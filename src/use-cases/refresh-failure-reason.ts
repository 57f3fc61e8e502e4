/**
 * What the page says when the last background refresh of a large project failed (issue #11, "Bad input": the
 * last good analysis stays readable, and a message says what happened and what to do). Kept with the analysis
 * status, shown next to "Computed in the background at ..." until a refresh succeeds.
 */
import { AppError } from '../app-error';

export function refreshFailureReason(error: unknown): string {
  if (!(error instanceof AppError)) {
    return 'The last refresh stopped on an unexpected error. Keel tries again at the next change to the project or the next visit; if this stays, ask your Jira admin to look at the Keel app logs.';
  }
  switch (error.code) {
    case 'RATE_LIMITED':
      return 'The last refresh was stopped because Jira was limiting how fast Keel may read (rate limit). Keel tries again by itself in about five minutes; nothing needs doing.';
    case 'JIRA_UNAVAILABLE':
      return 'The last refresh could not reach Jira (it did not answer, or answered with a server error). Keel tries again by itself in about five minutes.';
    case 'FORBIDDEN':
    case 'NOT_FOUND':
      return `The last refresh could not read the project: ${error.message} Check that the Keel app may still browse the project, then reload this page.`;
    case 'BAD_REQUEST':
    case 'INVALID_SETTINGS':
    case 'NOT_CONFIGURED':
      return `The last refresh was refused: ${error.message} Check the project's Keel settings (its scope JQL and field mappings), then reload this page.`;
    default:
      return `The last refresh failed: ${error.message} Keel tries again at the next change to the project or the next visit.`;
  }
}
