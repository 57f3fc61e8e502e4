/**
 * The manifest checks `forge lint` would make, offline (DESIGN.md section 6): Forge's schema, handlers and
 * resources via @forge/manifest, and the missing-scope lint via @forge/lint against Atlassian's specs.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validate } from '@forge/manifest';
import { afterAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { findAtlassianSpecs } from './atlassian-specs';
import { copyApp, resourcePaths } from './app-copy';
import { inDirectory } from './in-directory';
import { lintOffline, type LintFinding } from './offline-lint';
import { findRoutes, probeModule } from './route-probes';

const repoRoot = resolve(__dirname, '..', '..');
const isCi = process.env.CI === 'true';
const found = findAtlassianSpecs(repoRoot);
const specs = 'specs' in found ? found.specs : undefined;
if (!('specs' in found)) {
  console.warn(
    `\n!!! Atlassian OpenAPI specs missing in ${found.folder} (${found.missing.join(', ')}).\n` +
      `!!! The missing-scope lint is ${isCi ? 'FAILING (CI=true)' : 'SKIPPED'}. Run \`npm run specs:download\` or set KEEL_ATLASSIAN_SPECS.\n`,
  );
}
const LINT_TIMEOUT_MS = 120_000;
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A source file making one Jira call that needs read:jira-work (GET /rest/api/3/search/jql). */
const probeSource = `import api, { route } from '@forge/api';
export const probe = async (jql: string) => api.asUser().requestJira(route\`/rest/api/3/search/jql?jql=\${jql}&fields=summary\`);
`;

function requireSpecs(): NonNullable<typeof specs> {
  if (specs === undefined) throw new Error(`Atlassian OpenAPI specs are required under CI=true; missing: ${'missing' in found ? found.missing.join(', ') : ''}`);
  return specs;
}

async function lintCopy(options: Parameters<typeof copyApp>[1] = {}): Promise<LintFinding[]> {
  const dir = copyApp(repoRoot, options);
  copies.push(dir);
  return lintOffline(dir, requireSpecs());
}

const scopeFindings = (findings: LintFinding[]): LintFinding[] => findings.filter((f) => f.reference === 'permission-scope-required' || f.missingPermission !== undefined);

// The routes src/ builds, rewritten as direct product calls the lint can see (see route-probes.ts).
const routes = findRoutes(repoRoot);
const PROBES_FILE = 'src/lint-route-probes.ts';
const PROBES_FIRST_LINE = 3;
const whereFound = (f: LintFinding): string =>
  f.file === PROBES_FILE ? `${routes[f.line - PROBES_FIRST_LINE]?.at ?? f.file}: ${f.message}` : `${f.file}:${f.line}: ${f.message}`;

/**
 * The app's src/ with both probe files, linted once for the two tests below: @forge/lint lints each file on its
 * own (a finding names its file), so the app's findings and the search probe's are read apart from one run. A
 * lint compiles Forge's manifest schema several times and parses every file: about half a minute of CPU each.
 */
let appLint: Promise<LintFinding[]> | undefined;
const lintApp = (): Promise<LintFinding[]> => (appLint ??= lintCopy({ files: { 'src/lint-probe.ts': probeSource, [PROBES_FILE]: probeModule(routes) } }));

describe('manifest.yml', () => {
  it("passes @forge/manifest's full validation: schema, handlers, resources", async () => {
    const result = await inDirectory(repoRoot, {}, () => validate(false, 'manifest.yml'));
    const manifest = readFileSync(join(repoRoot, 'manifest.yml'), 'utf8');
    // A resource is a build output (npm run build:static); only its absence is tolerated, and said so.
    const unbuilt = resourcePaths(manifest).filter((path) => !existsSync(join(repoRoot, path)));
    const errors = (result.errors ?? []).filter((e) => !(e.reference === 'valid-resource-required' && unbuilt.some((path) => e.message.includes(`'${path}'`))));
    if (unbuilt.length > 0) console.warn(`manifest.test: resource folder(s) ${unbuilt.join(', ')} not built; run npm run build:static to check them too.`);
    expect(errors.map((e) => `${e.line}:${e.column} ${e.message} [${e.reference}]`)).toEqual([]);
  });

  it('names a handler file that exists for every function (index.resolver -> src/index.ts)', () => {
    expect(['index.ts', 'index.tsx', 'index.js'].some((file) => existsSync(join(repoRoot, 'src', file)))).toBe(true);
  });

  ((specs === undefined && !isCi) ? it.skip : it)(
    `declares every scope the REST calls in src/ need (offline forge lint over ${routes.length} routes)`,
    async () => {
      const appFindings = (await lintApp()).filter((f) => f.file !== 'src/lint-probe.ts');
      expect(scopeFindings(appFindings).map(whereFound)).toEqual([]);
    },
    LINT_TIMEOUT_MS,
  );

  ((specs === undefined && !isCi) ? it.skip : it)(
    'the lint can fail: without read:jira-work a Jira search call is reported, with it it is not',
    async () => {
      // Only the two probe files: what is linted here is the manifest without the scope, not the app again.
      const files = { 'src/lint-probe.ts': probeSource, [PROBES_FILE]: probeModule(routes) };
      const withoutScope = await lintCopy({ files, withoutSrc: true, editManifest: (text) => text.replace(/^\s*- read:jira-work\s*\n/m, '\n') });
      expect(scopeFindings(withoutScope)).toContainEqual(
        expect.objectContaining({ file: 'src/lint-probe.ts', missingPermission: 'read:jira-work', message: expect.stringContaining('/rest/api/3/search/jql') as unknown }),
      );
      // The app's own Jira routes are seen too (Keel reads Jira: every Jira route it builds needs read:jira-work).
      expect(scopeFindings(withoutScope).some((f) => f.file === PROBES_FILE)).toBe(routes.some((r) => r.product === 'jira'));
      expect(scopeFindings(await lintApp()).filter((f) => f.file === 'src/lint-probe.ts')).toEqual([]);
    },
    LINT_TIMEOUT_MS,
  );
});
