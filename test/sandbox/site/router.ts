/** Matches a method and a concrete path against path templates; literal segments win over parameters. */
import type { Route } from './context';

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'methodNotAllowed' }
  | { kind: 'notFound' };

function matchTemplate(template: string, path: string): Record<string, string> | undefined {
  const want = template.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? '';
    const g = got[i] ?? '';
    if (w.startsWith('{') && w.endsWith('}')) {
      if (g === '') return undefined;
      params[w.slice(1, -1)] = decodeURIComponent(g);
    } else if (w !== g) {
      return undefined;
    }
  }
  return params;
}

const paramCount = (template: string): number => (template.match(/\{/g) ?? []).length;

export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  const candidates = routes
    .map((route) => ({ route, params: matchTemplate(route.template, path) }))
    .filter((c): c is { route: Route; params: Record<string, string> } => c.params !== undefined)
    .sort((a, b) => paramCount(a.route.template) - paramCount(b.route.template));
  if (candidates.length === 0) return { kind: 'notFound' };
  const hit = candidates.find((c) => c.route.method === method.toUpperCase());
  return hit ? { kind: 'found', route: hit.route, params: hit.params } : { kind: 'methodNotAllowed' };
}
