import type { ErrorCode } from '@contract';

const ADVICE: Record<ErrorCode, string> = {
  BAD_REQUEST: 'Reload the page. If it happens again, tell your Jira admin which page you were on.',
  FORBIDDEN: 'Sign in, or ask a Jira admin for the "Browse projects" permission on this project.',
  NOT_FOUND: 'Check that the project still exists and that you may see it, then reload the page.',
  NOT_CONFIGURED: "Ask a Jira admin to finish Keel's settings for this project.",
  RATE_LIMITED: 'Jira is busy. Wait a minute, then try again.',
  JIRA_UNAVAILABLE: 'Jira did not answer. Wait a minute, then try again.',
  JIRA_ERROR: 'Jira refused the request. Check the project\'s scope JQL in Keel\'s settings, then try again.',
  INVALID_SETTINGS: "Ask a Jira admin to open Keel's settings and fix the fields named above.",
  TOO_LARGE: "Narrow the project's scope JQL in Keel's settings, then try again.",
  INTERNAL: 'Try again. If it keeps failing, tell your Jira admin the time and the message above.',
  CONFLICT: 'Someone else was saving the same page. Wait until they have finished editing it, then try again.',
};

/** What a person can do about each error code. */
export function errorAdvice(code: ErrorCode): string {
  return ADVICE[code];
}
