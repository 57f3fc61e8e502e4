/**
 * GET /rest/api/3/myself (401 for anonymous; the app's own account for asApp), GET /rest/api/3/user
 * ?accountId= (404 for an unknown account, 401 for anonymous) and GET /rest/api/3/user/search?query=
 * (active accounts only, matched at the start of a word of the name or of the email; anonymous gets none).
 */
import type { Snapshot } from '../../snapshot-schema';
import type { RouteContext } from '../context';
import { jiraError, json } from '../respond';

type User = Snapshot['users'][number];

/** The account an app acts as: Forge apps have their own `app` account on each site. */
export const appUser: User = { accountId: '557058:keel-app', accountType: 'app', displayName: 'Keel', active: true };

export const notAuthenticated = (): Response =>
  jiraError(401, ['You are not authenticated. Authentication required to perform this operation.']);

export function userView(ctx: RouteContext, user: User): Record<string, unknown> {
  return { self: `${ctx.baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`, ...user };
}

export function getMyself(ctx: RouteContext): Response {
  const { principal, state } = ctx;
  if (principal.type === 'anonymous') return notAuthenticated();
  const user = principal.type === 'app' ? appUser : state.users.find((u) => u.accountId === principal.accountId);
  return user ? json(200, userView(ctx, user)) : notAuthenticated();
}

export function getUser(ctx: RouteContext): Response {
  if (ctx.principal.type === 'anonymous') return notAuthenticated();
  const accountId = ctx.query.get('accountId');
  if (!accountId) return jiraError(400, ['The query parameter \'accountId\' is required.']);
  const user = ctx.state.users.find((u) => u.accountId === accountId) ?? (accountId === appUser.accountId ? appUser : undefined);
  return user ? json(200, userView(ctx, user)) : jiraError(404, [`Specified user does not exist or you do not have required permissions`]);
}

function matches(user: User, query: string): boolean {
  const q = query.toLowerCase();
  const words = user.displayName.toLowerCase().split(/\s+/);
  return words.some((w) => w.startsWith(q)) || user.displayName.toLowerCase().startsWith(q) || (user.emailAddress?.toLowerCase().startsWith(q) ?? false);
}

export function searchUsers(ctx: RouteContext): Response {
  const query = ctx.query.get('query');
  const accountId = ctx.query.get('accountId');
  if (!query && !accountId) return jiraError(400, ["The query parameter 'query' or 'accountId' is required."]);
  // Jira answers anonymous callers and callers without "Browse users and groups" with an empty list.
  if (ctx.principal.type === 'anonymous') return json(200, []);
  const startAt = Number(ctx.query.get('startAt') ?? '0') || 0;
  const maxResults = Math.min(Number(ctx.query.get('maxResults') ?? '50') || 50, 1000);
  const found = ctx.state.users.filter((u) => u.active && (accountId ? u.accountId === accountId : matches(u, query ?? '')));
  return json(200, found.slice(startAt, startAt + maxResults).map((u) => userView(ctx, u)));
}
