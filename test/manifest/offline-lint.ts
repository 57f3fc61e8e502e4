/**
 * `forge lint`'s client-side linters without a login (DESIGN.md section 6): @forge/lint's `lint()` with the
 * product swaggers read from local files (`USE_LOCAL_SWAGGER=1`, `LOCAL_JIRA_SWAGGER`,
 * `LOCAL_CONF_V2_SWAGGER`; the other products get an empty spec) and an offline Statsig. Run it on a copy
 * made by `copyApp`: it lints every .js/.ts file under the copy's src/.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { lint } from '@forge/lint';
import { FullValidationProcessor } from '@forge/manifest';
import type { AtlassianSpecs } from './atlassian-specs';
import { inDirectory } from './in-directory';
import { OfflineStatsig } from './offline-statsig';
import { compileManifestSchemaOnce } from './schema-compiled-once';

export interface LintFinding {
  file: string;
  level: 'error' | 'warning' | 'approval';
  message: string;
  reference: string;
  line: number;
  /** The scope a permission finding says the manifest lacks. */
  missingPermission?: string;
}

export async function lintOffline(appDir: string, specs: AtlassianSpecs): Promise<LintFinding[]> {
  compileManifestSchemaOnce();
  const specDir = mkdtempSync(join(tmpdir(), 'keel-empty-spec-'));
  const emptySpec = join(specDir, 'empty.json');
  writeFileSync(emptySpec, JSON.stringify({ openapi: '3.0.1', info: { title: 'empty', version: '0' }, paths: {} }));
  const env = {
    USE_LOCAL_SWAGGER: '1',
    LOCAL_JIRA_SWAGGER: specs.jira,
    LOCAL_CONF_V2_SWAGGER: specs.confluenceV2,
    LOCAL_CONF_SWAGGER: emptySpec,
    LOCAL_JSM_SWAGGER: emptySpec,
    LOCAL_JSW_SWAGGER: emptySpec,
    LOCAL_BB_SWAGGER: emptySpec,
  };
  try {
    return await inDirectory(appDir, env, () => lintHere(appDir));
  } finally {
    rmSync(specDir, { recursive: true, force: true });
  }
}

/** Lints the app in the working directory. */
async function lintHere(appDir: string): Promise<LintFinding[]> {
  const { manifestObject } = await new FullValidationProcessor({}).process('manifest.yml');
  const manifest = manifestObject?.typedContent;
  if (manifest === undefined) throw new Error(`manifest.yml in ${appDir} could not be read`);
  const files = sourceFiles(join(appDir, 'src')).filter(mayCallProducts).map((file) => relative(appDir, file));
  const results = await lint(files, manifest, 'development', { info: () => undefined }, new OfflineStatsig(), { linter: { mode: 'client-side' } });
  return results.flatMap((result) =>
    [...result.errors, ...result.warnings, ...result.approvals].map((rule) => ({
      file: result.file,
      level: rule.class,
      message: rule.message,
      reference: rule.reference,
      line: rule.line,
      ...missingPermission(rule.metadata),
    })),
  );
}

function missingPermission(metadata: Record<string, unknown> | undefined): { missingPermission?: string } {
  const value = metadata?.missingPermission;
  return typeof value === 'string' ? { missingPermission: value } : {};
}

/**
 * A file that may call Jira or Confluence itself: it names a Forge package or a product request. The scope lint
 * finds a call only where the file makes it (@forge/lint lints each file on its own, and a call made through a
 * port is the route probes' to show), so the other four hundred-odd files are not parsed: that halves the lint.
 */
const mayCallProducts = (file: string): boolean => /@forge\/|requestJira|requestConfluence/.test(readFileSync(file, 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|js|jsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}
