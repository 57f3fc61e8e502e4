/** HTTP basic auth as Atlassian Cloud reads it: `email:api-token`, where the sandbox accepts any token. */
import type { Principal, Site } from '../site-types';

/**
 * The principal of an `Authorization` header. No header means anonymous; a Basic header naming a sandbox
 * user's email (any token) means that user; anything else is 'unauthorized' (Jira answers 401).
 */
export function principalFromAuthorization(site: Pick<Site, 'userByEmail'>, header: string | undefined): Principal | 'unauthorized' {
  if (header === undefined || header.trim() === '') return { type: 'anonymous' };
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header.trim());
  if (!match?.[1]) return 'unauthorized';
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return 'unauthorized';
  const accountId = site.userByEmail(decoded.slice(0, colon));
  return accountId === undefined ? 'unauthorized' : { type: 'user', accountId };
}
