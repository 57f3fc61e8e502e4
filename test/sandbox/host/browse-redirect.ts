/**
 * `/browse/KEY`, the address Jira gives an issue (and `router.getUrl({ target: 'issue' })` answers): the
 * sandbox sends it on to its issue view, with Keel's issue panel, for the user last signed in on this browser
 * (the `keel-sandbox-user` cookie the host page sets), as Jira's session would.
 */
import { HOST_MODULES } from './modules';

export const USER_COOKIE = 'keel-sandbox-user';

/** The `Set-Cookie` value remembering who is signed in on the host page. */
export function userCookie(email: string): string {
  return `${USER_COOKIE}=${encodeURIComponent(email)}; Path=/; SameSite=Lax`;
}

function cookieUser(cookieHeader: string | undefined): string | undefined {
  const pair = (cookieHeader ?? '').split(/;\s*/).find((p) => p.startsWith(`${USER_COOKIE}=`));
  return pair === undefined ? undefined : decodeURIComponent(pair.slice(USER_COOKIE.length + 1));
}

/** Where `/browse/<key>` leads: the host's issue view, or undefined when the path names no issue. */
export function browseRedirect(pathname: string, cookieHeader: string | undefined): string | undefined {
  const key = /^\/browse\/([A-Za-z][A-Za-z0-9_]*-\d+)\/?$/.exec(pathname)?.[1]?.toUpperCase();
  if (!key) return undefined;
  const query = new URLSearchParams({ project: key.replace(/-\d+$/, ''), issue: key });
  const user = cookieUser(cookieHeader);
  if (user) query.set('user', user);
  const panel = HOST_MODULES.find((m) => m.type === 'jira:issuePanel');
  if (panel) query.set('module', panel.key);
  return `/?${query.toString()}`;
}
