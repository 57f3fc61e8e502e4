/**
 * Issue #12, item 1: the back end bundles as `forge deploy` bundles it (@forge/bundler's webpack and ts-loader
 * configuration on the app's own tsconfig.json), and each bundled module exports every handler manifest.yml names.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from '@jest/globals';
import { expect } from '../expect';

const repoRoot = resolve(__dirname, '..', '..');
// About 25 s of CPU (ts-loader type-checks what it bundles, as Forge's does); room for a loaded machine.
const BUNDLE_TIMEOUT_MS = 300_000;

interface BundleAnswer {
  ok: boolean;
  ms: number;
  modules?: Record<string, string[]>;
  error?: string;
}

/** In a child process, so the test worker's event loop stays free while webpack runs. */
async function bundleAsForge(): Promise<BundleAnswer> {
  const script = join(repoRoot, 'test', 'manifest', 'forge-bundle.cjs');
  const { stdout } = await promisify(execFile)(process.execPath, [script, repoRoot], { encoding: 'utf8', timeout: BUNDLE_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as BundleAnswer;
}

/** `index.resolver` -> ['index', 'resolver']: the module and the export Forge calls. */
function manifestHandlers(): Array<[string, string]> {
  const manifest = readFileSync(join(repoRoot, 'manifest.yml'), 'utf8');
  return [...manifest.matchAll(/^\s+handler:\s*(\S+)\s*$/gm)].flatMap((match) => {
    const handler = match[1] ?? '';
    const dot = handler.lastIndexOf('.');
    return dot > 0 ? [[handler.slice(0, dot), handler.slice(dot + 1)] as [string, string]] : [];
  });
}

describe("Forge's bundle of the back end (issue #12, item 1)", () => {
  it(
    'builds with @forge/bundler\'s configuration and exports every handler manifest.yml names',
    async () => {
      const answer = await bundleAsForge();
      expect(answer.error).toBeUndefined();
      expect(answer.ok).toBe(true);
      const handlers = manifestHandlers();
      expect(handlers.length).toBeGreaterThan(0);
      for (const [module, name] of handlers) expect(answer.modules?.[module] ?? [], `${module}.${name}`).toContain(name);
    },
    BUNDLE_TIMEOUT_MS,
  );
});
