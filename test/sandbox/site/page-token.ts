/**
 * Opaque continuation tokens (Jira's `nextPageToken`, Confluence's `cursor`): the offset of the next page,
 * bound to the query it continues so a token reused with another query is refused.
 */
import { createHash } from 'node:crypto';

const digest = (scope: string): string => createHash('sha256').update(scope).digest('base64url').slice(0, 12);

/** `run` names a kept result the next page continues (Jira's search), when there is one. */
export function encodePageToken(scope: string, offset: number, run?: string): string {
  return Buffer.from(JSON.stringify({ s: digest(scope), o: offset, ...(run === undefined ? {} : { r: run }) })).toString('base64url');
}

/** The kept result a token continues, if it names one. */
export function pageTokenRun(token: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    const run = typeof parsed === 'object' && parsed !== null ? (parsed as { r?: unknown }).r : undefined;
    return typeof run === 'string' ? run : undefined;
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/** The offset a token stands for; undefined when it is malformed or belongs to another query. */
export function decodePageToken(scope: string, token: string): number | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { s, o } = parsed as { s?: unknown; o?: unknown };
    return s === digest(scope) && typeof o === 'number' && Number.isInteger(o) && o >= 0 ? o : undefined;
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}
