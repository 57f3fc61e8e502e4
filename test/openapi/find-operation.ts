/**
 * Finds the OpenAPI operation for a method and a concrete path (`/rest/api/3/issue/ABC-1` ->
 * `/rest/api/3/issue/{issueIdOrKey}` GET). Literal segments win over parameters, as servers route.
 */
import type { ProductSpec } from './spec-folder';

export interface FoundOperation {
  readonly spec: ProductSpec;
  readonly template: string;
  readonly method: string;
  readonly operation: { responses?: Record<string, unknown> };
}

function segmentsMatch(template: string, path: string): boolean {
  const t = template.split('/');
  const p = path.split('/');
  return t.length === p.length && t.every((segment, i) => (segment.startsWith('{') && segment.endsWith('}') ? p[i] !== '' : segment === p[i]));
}

const parameterCount = (template: string): number => (template.match(/\{/g) ?? []).length;

export function findOperation(specs: readonly ProductSpec[], method: string, concretePath: string): FoundOperation | undefined {
  const pathname = concretePath.split('?')[0] ?? concretePath;
  const verb = method.toLowerCase();
  for (const spec of specs) {
    if (spec.pathPrefix !== '' && !pathname.startsWith(`${spec.pathPrefix}/`)) continue;
    if (spec.pathPrefix === '' && pathname.startsWith('/wiki/')) continue;
    const relative = pathname.slice(spec.pathPrefix.length);
    const candidates = Object.keys(spec.document.paths)
      .filter((template) => segmentsMatch(template, relative) && spec.document.paths[template]?.[verb] !== undefined)
      .sort((a, b) => parameterCount(a) - parameterCount(b));
    const template = candidates[0];
    if (template !== undefined) {
      return { spec, template, method: verb, operation: spec.document.paths[template]?.[verb] as FoundOperation['operation'] };
    }
  }
  return undefined;
}
