/**
 * Finds the OpenAPI operation for a method and a concrete path (`/rest/api/3/issue/ABC-1` ->
 * `/rest/api/3/issue/{issueIdOrKey}` GET). Literal segments win over parameters, as servers route.
 * The sandbox checks every answer it gives, so each spec's templates are split once and grouped by their number
 * of segments, fewest parameters first: a look-up compares the path with the few templates of its length only.
 */
import type { ProductSpec } from './spec-folder';

export interface FoundOperation {
  readonly spec: ProductSpec;
  readonly template: string;
  readonly method: string;
  readonly operation: { responses?: Record<string, unknown> };
}

/** A template's segments, each a literal or null for a parameter (`{name}`). */
interface Template {
  readonly template: string;
  readonly segments: readonly (string | null)[];
}

function segmentsMatch(template: Template, p: readonly string[]): boolean {
  return template.segments.every((segment, i) => (segment === null ? p[i] !== '' : segment === p[i]));
}

const parameterCount = (template: string): number => (template.match(/\{/g) ?? []).length;

const templatesBySpec = new WeakMap<ProductSpec, Map<number, Template[]>>();

/** `spec`'s path templates by their number of segments, each group with the fewest parameters first (then in the spec's order). */
function templatesOf(spec: ProductSpec): Map<number, Template[]> {
  let byLength = templatesBySpec.get(spec);
  if (byLength) return byLength;
  byLength = new Map();
  const sorted = Object.keys(spec.document.paths).sort((a, b) => parameterCount(a) - parameterCount(b));
  for (const template of sorted) {
    const segments = template.split('/').map((segment) => (segment.startsWith('{') && segment.endsWith('}') ? null : segment));
    const group = byLength.get(segments.length) ?? [];
    group.push({ template, segments });
    byLength.set(segments.length, group);
  }
  templatesBySpec.set(spec, byLength);
  return byLength;
}

export function findOperation(specs: readonly ProductSpec[], method: string, concretePath: string): FoundOperation | undefined {
  const pathname = concretePath.split('?')[0] ?? concretePath;
  const verb = method.toLowerCase();
  for (const spec of specs) {
    if (spec.pathPrefix !== '' && !pathname.startsWith(`${spec.pathPrefix}/`)) continue;
    if (spec.pathPrefix === '' && pathname.startsWith('/wiki/')) continue;
    const segments = pathname.slice(spec.pathPrefix.length).split('/');
    const template = templatesOf(spec)
      .get(segments.length)
      ?.find((t) => segmentsMatch(t, segments) && spec.document.paths[t.template]?.[verb] !== undefined)?.template;
    if (template !== undefined) {
      return { spec, template, method: verb, operation: spec.document.paths[template]?.[verb] as FoundOperation['operation'] };
    }
  }
  return undefined;
}
