/**
 * Bundles the Custom UI (static/src) into static/dist: index.html, main.js and main.css with relative paths,
 * as Forge serves the `main` resource. The output holds no eval and no inline script (Forge's CSP).
 * Run with `npx tsx static/build.ts`; the sandbox imports `buildStaticIfStale`.
 */
import { build, type BuildOptions } from 'esbuild';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { withModulePreloads } from './module-preloads';

const staticDir = __dirname;
const rootDir = join(staticDir, '..');
export const distDir = join(staticDir, 'dist');

/** How the Custom UI is bundled (a test reads the bundle's inputs with these very options). */
export const bundleOptions = {
  entryPoints: { main: join(staticDir, 'src', 'main.tsx') },
  outdir: distDir,
  bundle: true,
  minify: true,
  sourcemap: false,
  // ES modules with splitting: each view is its own chunk, loaded when the module is chosen (app.tsx).
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'browser',
  target: ['es2022'],
  jsx: 'automatic',
  alias: { '@contract': join(rootDir, 'src', 'contract.ts') },
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
} satisfies BuildOptions;

/** Bundles the app into static/dist; its index.html preloads the chunks main.js imports (module-preloads.ts). */
export async function buildStatic(): Promise<void> {
  await mkdir(distDir, { recursive: true });
  const { metafile } = await build({ ...bundleOptions, metafile: true });
  // The metafile names files from the working folder; index.html names them from dist.
  const inDist = (path: string) => relative(distDir, resolve(path));
  const outputs = Object.fromEntries(Object.entries(metafile.outputs).map(([path, output]) => [inDist(path), output.imports.map((i) => ({ ...i, path: inDist(i.path) }))]));
  const indexHtml = await readFile(join(staticDir, 'index.html'), 'utf8');
  await writeFile(join(distDir, 'index.html'), withModulePreloads(indexHtml, outputs, 'main.js'));
}

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => newestMtime(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
}

async function mtimeOrZero(path: string): Promise<number> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return 0;
  }
}

/** True when static/dist is missing or older than any of its sources (static/src, index.html, the contract and the settings schema). */
export async function staticIsStale(): Promise<boolean> {
  const outputs = await Promise.all(['index.html', 'main.js', 'main.css'].map((f) => mtimeOrZero(join(distDir, f))));
  const oldestOutput = Math.min(...outputs);
  if (oldestOutput === 0) return true;
  const src = join(rootDir, 'src');
  const sources = [join(staticDir, 'src'), join(staticDir, 'index.html'), join(staticDir, 'build.ts'), join(staticDir, 'module-preloads.ts'), join(src, 'contract.ts'), join(src, 'contract'), join(src, 'config'), join(src, 'format')];
  const newestSource = Math.max(...(await Promise.all(sources.map(newestMtime))));
  return newestSource > oldestOutput;
}

/** Builds static/dist when it is missing or stale; answers whether it built. */
export async function buildStaticIfStale(): Promise<boolean> {
  if (!(await staticIsStale())) return false;
  await buildStatic();
  return true;
}

if (require.main === module) {
  buildStatic().then(
    () => console.log(`Built ${distDir}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
