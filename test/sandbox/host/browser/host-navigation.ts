/**
 * Forge's router as the host emulates it (`router.navigate`, `router.open`, `router.getUrl`): a location is a
 * URL or a `NavigationLocation` (`{ target: 'issue', issueKey }`, `{ target: 'module', moduleKey, projectKey?,
 * path? }`). The sandbox's site lives at its own origin: an issue is at `/browse/KEY` there (the server sends
 * it on to the issue view), a module at the host page with `module`, `project` and `path` in its query.
 */
import * as z from 'zod/mini';
import { APP_PATH_PARAM } from './app-location';

const issueLocation = z.looseObject({ target: z.literal('issue'), issueKey: z.string() });
const moduleLocation = z.looseObject({ target: z.literal('module'), moduleKey: z.string(), projectKey: z.optional(z.string()), path: z.optional(z.string()) });
const urlLocation = z.looseObject({ url: z.string() });
const navigation = z.looseObject({ type: z.optional(z.enum(['same-tab', 'new-tab'])) });

/** The issue key a location names: `{ target: 'issue' }`, `/browse/KEY`, or a URL to it. */
export function issueKeyOf(location: unknown): string | undefined {
  const issue = issueLocation.safeParse(location);
  if (issue.success) return issue.data.issueKey.toUpperCase();
  const url = urlLocation.safeParse(location);
  if (!url.success) return undefined;
  return /\/browse\/([A-Za-z][A-Za-z0-9_]*-\d+)/.exec(url.data.url)?.[1]?.toUpperCase();
}

/** The address of a location on the sandbox's site, as `router.getUrl` answers it. */
export function urlOf(location: unknown, origin: string, query: URLSearchParams): string {
  const key = issueKeyOf(location);
  if (key) return `${origin}/browse/${encodeURIComponent(key)}`;
  const module = moduleLocation.safeParse(location);
  if (module.success) {
    const next = new URLSearchParams();
    for (const name of ['user', 'theme', 'locale']) {
      const value = query.get(name);
      if (value) next.set(name, value);
    }
    next.set('module', module.data.moduleKey);
    const project = module.data.projectKey ?? query.get('project');
    if (project) next.set('project', project);
    if (module.data.path && module.data.path !== '/') next.set(APP_PATH_PARAM, module.data.path);
    return `${origin}/?${next.toString()}`;
  }
  const url = urlLocation.safeParse(location);
  if (url.success) return new URL(url.data.url, origin).href;
  throw new Error(`The Keel sandbox cannot make an address for ${JSON.stringify(location)}: it knows issues, modules and URLs.`);
}

/** The host query that shows an issue in Jira's issue view, from the current host page. */
function issueViewQuery(issueKey: string): URLSearchParams {
  const query = new URLSearchParams(window.location.search);
  query.set('issue', issueKey);
  query.delete(APP_PATH_PARAM);
  // From a Confluence page (a macro), the issue opens in Jira, in its own project.
  if (query.get('product') === 'confluence') {
    for (const name of ['product', 'page', 'space', 'configure']) query.delete(name);
    query.set('project', issueKey.replace(/-\d+$/, ''));
  }
  return query;
}

/** `navigate` (same tab, or a new tab for `router.open`); answers the app before the page moves, as Jira does. */
export function navigateTo(payload: unknown): null {
  const type = navigation.safeParse(payload).data?.type ?? 'same-tab';
  const key = issueKeyOf(payload);
  const address = key && type === 'same-tab' ? `/?${issueViewQuery(key).toString()}` : urlOf(payload, window.location.origin, new URLSearchParams(window.location.search));
  if (type === 'new-tab') window.open(address, '_blank', 'noopener');
  else setTimeout(() => window.location.assign(address), 0);
  return null;
}
