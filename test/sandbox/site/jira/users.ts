/**
 * GET /rest/api/3/myself (401 for anonymous; the app's own account for asApp) and GET /rest/api/3/user
 * ?accountId= (404 for an unknown account, 401 for anonymous).
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
