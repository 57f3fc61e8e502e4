/**
 * What each Keel module downloads (issue #13, item 6): the entry (main.js, main.css), then the chunk of its view
 * and every chunk that chunk imports statically, gzip-compressed at level 9 as a CDN would serve them.
 * Run with `npx tsx test/bench/bundle-sizes.ts` (it builds static/dist first).
 */
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleOptions, buildStatic } from '../../static/build';

const ROOT = join(__dirname, '..', '..');
const VIEWS: Record<string, string> = {
  'project page': 'static/src/views/project-page.tsx',
  'issue panel': 'static/src/issue-panel/issue-panel.tsx',
  'admin page': 'static/src/admin/admin-page.tsx',
  'project settings': 'static/src/admin/project-settings-page.tsx',
  'macros (each of the four)': 'static/src/macros/macro-app.tsx',
};

async function main(): Promise<void> {
  await buildStatic();
  const result = await build({ ...bundleOptions, write: false, metafile: true, logLevel: 'silent' });
  const outputs = result.metafile.outputs;
  const rel = (path: string) => relative(ROOT, join(ROOT, path));
  const reachable = (start: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(start)) return seen;
    seen.add(start);
    for (const imported of outputs[start]?.imports ?? []) if (imported.kind === 'import-statement') reachable(imported.path, seen);
    return seen;
  };
  const gzipOf = async (paths: Iterable<string>) => {
    let total = 0;
    for (const path of paths) total += gzipSync(await readFile(join(ROOT, path)), { level: 9 }).length;
    return total;
  };
  const main = Object.keys(outputs).find((p) => p.endsWith('/main.js')) ?? '';
  const base = reachable(main);
  const css = Object.keys(outputs).filter((p) => p.endsWith('.css'));
  const all = Object.keys(outputs);
  console.log(`all files together: ${await gzipOf(all)} B gzip (${all.length} files)`);
  for (const [name, source] of Object.entries(VIEWS)) {
    const chunk = Object.entries(outputs).find(([path, o]) => o.entryPoint === source && path.endsWith('.js'))?.[0];
    const files = new Set([...base, ...css, ...(chunk ? reachable(chunk) : [])]);
    console.log(`${name}: ${await gzipOf(files)} B gzip (${files.size} files: ${[...files].map(rel).map((p) => p.replace('static/dist/', '')).join(', ')})`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
