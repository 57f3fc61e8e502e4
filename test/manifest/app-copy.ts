/**
 * A throw-away copy of the app for the offline lint: manifest.yml, src/ and the manifest's resources.
 * Its tsconfig.json is `{}` on purpose: @forge/lint 6.3 lints a .ts file only if it is in the tsconfig's
 * `include` after globbing each entry literally, and the repo's `"include": ["src", ...]` globs to the folder,
 * not its files, so with the real tsconfig every .ts file would be skipped and the lint would pass vacuously.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface AppCopyOptions {
  /** Rewrites manifest.yml's text. */
  editManifest?: (text: string) => string;
  /** Extra files by path relative to the copy. */
  files?: Record<string, string>;
  /** Leave the app's src/ out: the copy's src/ holds only `files` (a lint of a few probes, not the app). */
  withoutSrc?: boolean;
}

export function copyApp(repoRoot: string, options: AppCopyOptions = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'keel-manifest-'));
  const manifest = readFileSync(join(repoRoot, 'manifest.yml'), 'utf8');
  writeFileSync(join(dir, 'manifest.yml'), options.editManifest ? options.editManifest(manifest) : manifest);
  writeFileSync(join(dir, 'tsconfig.json'), '{}\n');
  if (options.withoutSrc !== true && existsSync(join(repoRoot, 'src'))) cpSync(join(repoRoot, 'src'), join(dir, 'src'), { recursive: true });
  for (const resource of resourcePaths(manifest)) {
    const source = join(repoRoot, resource);
    if (existsSync(source)) cpSync(source, join(dir, resource), { recursive: true });
    else mkdirSync(join(dir, resource), { recursive: true }); // a build output not built yet; validate() reports it
  }
  for (const [path, text] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The `path:` of each entry under `resources:` (a line scan; the manifest keeps them one per line). */
export function resourcePaths(manifestText: string): string[] {
  const section = /^resources:\n((?:[ \t-].*\n?)*)/m.exec(manifestText)?.[1] ?? '';
  return [...section.matchAll(/^\s+path:\s*(\S+)\s*$/gm)].flatMap((match) => (match[1] === undefined ? [] : [match[1]]));
}
