/**
 * Where Atlassian's OpenAPI specs live: the folder named by KEEL_ATLASSIAN_SPECS, else
 * `../shared/atlassian/openapi` beside the repository. Missing specs are reported, never faked.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, unknown>>;
  readonly components?: Record<string, unknown>;
}

export interface ProductSpec {
  readonly product: 'jira' | 'confluence';
  /** What the product's paths in the document leave out, e.g. `/wiki/api/v2` for Confluence. */
  readonly pathPrefix: string;
  readonly document: OpenApiDocument;
}

const files = { jira: 'jira-platform-v3.json', confluence: 'confluence-v2.json' } as const;

export function specFolder(): string {
  return process.env.KEEL_ATLASSIAN_SPECS ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'atlassian', 'openapi');
}

/** Why the specs cannot be used, or undefined when both files are present. */
export function missingSpecsReason(folder = specFolder()): string | undefined {
  const missing = Object.values(files).filter((file) => !existsSync(path.join(folder, file)));
  if (missing.length === 0) return undefined;
  return `Atlassian OpenAPI specs not found in ${folder} (missing ${missing.join(', ')}). Set KEEL_ATLASSIAN_SPECS or run \`npm run specs:download\`.`;
}

const cache = new Map<string, ProductSpec[]>();

/** Both products' specs, parsed once per folder; throws with the reason when they are missing. */
export function loadSpecs(folder = specFolder()): ProductSpec[] {
  const cached = cache.get(folder);
  if (cached) return cached;
  const reason = missingSpecsReason(folder);
  if (reason) throw new Error(reason);
  const read = (file: string): OpenApiDocument => JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as OpenApiDocument;
  const specs: ProductSpec[] = [
    { product: 'jira', pathPrefix: '', document: read(files.jira) },
    { product: 'confluence', pathPrefix: '/wiki/api/v2', document: read(files.confluence) },
  ];
  cache.set(folder, specs);
  return specs;
}
