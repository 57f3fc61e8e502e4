/**
 * Where Atlassian's OpenAPI specs live for the offline permission lint: `KEEL_ATLASSIAN_SPECS`, else
 * `<repo>/../shared/atlassian/openapi` (filled by `npm run specs:download`).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface AtlassianSpecs {
  folder: string;
  jira: string;
  confluenceV2: string;
}

export const SPEC_FILES = { jira: 'jira-platform-v3.json', confluenceV2: 'confluence-v2.json' } as const;

/** The specs, or the folder searched and the files missing from it. */
export function findAtlassianSpecs(repoRoot: string): { specs: AtlassianSpecs } | { folder: string; missing: string[] } {
  const folder = resolve(process.env.KEEL_ATLASSIAN_SPECS ?? join(repoRoot, '..', 'shared', 'atlassian', 'openapi'));
  const jira = join(folder, SPEC_FILES.jira);
  const confluenceV2 = join(folder, SPEC_FILES.confluenceV2);
  const missing = [jira, confluenceV2].filter((file) => !existsSync(file));
  return missing.length === 0 ? { specs: { folder, jira, confluenceV2 } } : { folder, missing };
}
