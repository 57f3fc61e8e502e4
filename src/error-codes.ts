/** The error codes every resolver may answer with; no dependencies, so the UI bundle can import it as is. */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'FORBIDDEN',
  'NOT_FOUND',
  'NOT_CONFIGURED',
  'RATE_LIMITED',
  'JIRA_UNAVAILABLE',
  'JIRA_ERROR',
  'INVALID_SETTINGS',
  'TOO_LARGE',
  'INTERNAL',
  /** Others kept saving the same thing (a Confluence page) while Keel wrote it; nothing was written. */
  'CONFLICT',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
