/**
 * The CLI as `npm pack` ships it: src/cli/keel.cjs beside dist/cli/keel.cjs, the esbuild bundle `build:cli` makes
 * (`KEEL_CLI_BUILD`, which a test holds to package.json's script). Through tsx every `keel` process transforms
 * and loads some 450 source files, about 2 s of CPU; the bundle starts in a quarter of that. It is built once for
 * each content of src/, package.json and tsconfig.json, in node_modules/.cache/keel-cli (ignored by git, and
 * shared by the worktrees that link one node_modules), and shared by every test file and worker: a worker that
 * finds it built uses it, and two building at once each rename a finished copy into place. A bundle unused for an
 * hour is removed when another is built, so the cache holds only the bundles of current sources.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { buildThenStop } from '../esbuild-build';

const root = path.resolve(__dirname, '../..');
const CACHE = path.join(root, 'node_modules', '.cache', 'keel-cli');
/** Longer than any test file takes (each touches its bundle when it starts), so no bundle in use is removed. */
const STALE_MS = 60 * 60 * 1000;

/** `esbuild src/cli/main.ts --bundle --platform=node --target=node20 --format=cjs --outfile=dist/cli/keel.cjs`. */
export const KEEL_CLI_BUILD = { entryPoints: ['src/cli/main.ts'], bundle: true, platform: 'node', target: 'node20', format: 'cjs' } as const;

/** A hash of every file the bundle can be made of. */
function inputsHash(): string {
  const hash = createHash('sha256');
  const files = readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of [...files, path.join(root, 'package.json'), path.join(root, 'tsconfig.json')]) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Removes the bundles (and abandoned half-built copies) not used for STALE_MS. */
function removeStale(keep: string): void {
  const now = Date.now();
  for (const name of readdirSync(CACHE)) {
    const entry = path.join(CACHE, name);
    // Another worker may have removed it since the listing: then it has no age, and is left alone.
    const age = now - (statSync(entry, { throwIfNoEntry: false })?.mtimeMs ?? now);
    if (entry !== keep && age > STALE_MS) rmSync(entry, { recursive: true, force: true });
  }
}

let built: Promise<string> | undefined;

/** The packaged launcher (`src/cli/keel.cjs` with the bundle beside it, no main.ts), built if need be. */
export function builtKeel(): Promise<string> {
  built ??= (async () => {
    const home = path.join(CACHE, inputsHash());
    const launcher = path.join(home, 'src', 'cli', 'keel.cjs');
    if (existsSync(launcher)) {
      const now = new Date();
      utimesSync(home, now, now); // in use: not stale
      return launcher;
    }
    mkdirSync(CACHE, { recursive: true });
    removeStale(home);
    const staging = mkdtempSync(`${home}.building-`);
    try {
      await buildThenStop({ ...KEEL_CLI_BUILD, entryPoints: KEEL_CLI_BUILD.entryPoints.map((entry) => path.join(root, entry)), outfile: path.join(staging, 'dist', 'cli', 'keel.cjs'), logLevel: 'warning' });
      mkdirSync(path.join(staging, 'src', 'cli'), { recursive: true });
      copyFileSync(path.join(root, 'src', 'cli', 'keel.cjs'), path.join(staging, 'src', 'cli', 'keel.cjs'));
      try {
        renameSync(staging, home);
      } catch (error) {
        // Another worker put its copy in place first: the same inputs, so the same bundle.
        if (!existsSync(launcher)) throw error;
      }
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    return launcher;
  })();
  return built;
}
