/**
 * Where the project page is, as a path of its own: the tab, then the tab's linkable state in the query.
 * `/risks?cell=inherent-4-3` is the Risks tab filtered to the inherent heat cell at probability 4, impact 3;
 * `/dependencies?focus=PAY-12` the map focused on PAY-12. Anything unknown reads as the tab's plain view.
 * @example pageLocationOf({ pathname: '/risks', search: '?cell=inherent-4-3' }) // { tab: 'risks', params: { cell: 'inherent-4-3' } }
 * @example pathOf({ tab: 'dependencies', params: { focus: 'PAY-12' } }) // "/dependencies?focus=PAY-12"
 */
export interface PageLocation<T extends string> {
  tab: T;
  params: Readonly<Record<string, string>>;
}

export function pageLocationOf<T extends string>(
  location: { pathname: string; search: string },
  tabs: readonly T[],
  fallback: T,
): PageLocation<T> {
  const segment = decodeURIComponent(location.pathname.replace(/^\/+/, '').split('/')[0] ?? '');
  const tab = tabs.find((t) => t === segment) ?? fallback;
  const params: Record<string, string> = {};
  if (tab === segment) {
    for (const [name, value] of new URLSearchParams(location.search)) if (value !== '') params[name] = value;
  }
  return { tab, params };
}

export function pathOf<T extends string>(location: PageLocation<T>): string {
  const query = new URLSearchParams(Object.entries(location.params).sort(([a], [b]) => a.localeCompare(b))).toString();
  return `/${encodeURIComponent(location.tab)}${query ? `?${query}` : ''}`;
}

export function samePageLocation<T extends string>(a: PageLocation<T>, b: PageLocation<T>): boolean {
  return pathOf(a) === pathOf(b);
}
