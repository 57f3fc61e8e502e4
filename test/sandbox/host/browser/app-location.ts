/**
 * Forge's `view.createHistory()` as the host emulates it. In Jira a full-page module's own path follows the
 * module's address (`…/apps/<app>/<env>/risks?cell=…`); the sandbox keeps it in the host URL's `path`
 * parameter, so a copied host address reopens the module at that location, and the browser's back and forward
 * buttons move through the module's entries. Locations have the `history` package's v4 shape, as Forge's.
 */
import * as z from 'zod/mini';

export const appLocationSchema = z.object({
  pathname: z.string(),
  search: z.string(),
  hash: z.string(),
  state: z.unknown(),
});
export type AppLocation = z.infer<typeof appLocationSchema>;

/** The host URL parameter holding the module's path. */
export const APP_PATH_PARAM = 'path';

/** Splits `/risks?cell=1#x` into a location; a path not starting with `/` is read from `/`. */
export function parseAppPath(path: string, state: unknown = null): AppLocation {
  const url = new URL(path.startsWith('/') ? path : `/${path}`, 'http://app.invalid');
  return { pathname: url.pathname, search: url.search, hash: url.hash, state };
}

export const appPathOf = (location: Pick<AppLocation, 'pathname' | 'search' | 'hash'>): string => `${location.pathname}${location.search}${location.hash}`;

/** The module's location in a host URL (`/` when the URL names none). */
export function appLocationOf(hostUrl: URL, state: unknown = null): AppLocation {
  return parseAppPath(hostUrl.searchParams.get(APP_PATH_PARAM) ?? '/', state);
}

/** The host URL showing the module at `location`. */
export function hostUrlWith(hostUrl: URL, location: AppLocation): URL {
  const next = new URL(hostUrl.href);
  const path = appPathOf(location);
  if (path === '/') next.searchParams.delete(APP_PATH_PARAM);
  else next.searchParams.set(APP_PATH_PARAM, path);
  return next;
}

/** What `history.push` and `history.replace` accept: a path, or a partial location. */
export const historyTarget = z.union([
  z.string(),
  z.object({ pathname: z.optional(z.string()), search: z.optional(z.string()), hash: z.optional(z.string()), state: z.optional(z.unknown()) }),
]);

/** Resolves a push/replace target against the current location, as the `history` package does. */
export function resolveTarget(target: z.infer<typeof historyTarget>, current: AppLocation, state: unknown): AppLocation {
  if (typeof target === 'string') return parseAppPath(target, state ?? null);
  const search = target.search === undefined || target.search === '' || target.search.startsWith('?') ? (target.search ?? '') : `?${target.search}`;
  return { pathname: target.pathname ?? current.pathname, search, hash: target.hash ?? '', state: state ?? target.state ?? null };
}
