/**
 * Bundles the back end as `forge deploy` does, in a process of its own (webpack wants `require.main`, and its
 * memory is freed when it exits): @forge/bundler's own Node-runtime webpack configuration (ts-loader on the
 * app's tsconfig.json, the options Forge passes), one entry per handler module that manifest.yml names, as the
 * CLI's getEntryPoints makes them. Then loads each bundled module and lists its exports.
 * Usage: node forge-bundle.cjs APP_DIR. Prints one JSON line: { ok, ms, modules: { name: [exports] } } or
 * { ok: false, ms, error }.
 */
const { readFileSync, rmSync } = require('node:fs');
const path = require('node:path');

const appDir = path.resolve(process.argv[2] ?? '.');
const { getNodeBundler, getCompiler, handleWebpackCompilationResult } = require(require.resolve('@forge/bundler', { paths: [appDir] }));

/** `handler: index.resolver` -> module `index`, as @forge/manifest splits it (the last dot ends the module). */
function handlerModules(manifestText) {
  const handlers = [...manifestText.matchAll(/^\s+handler:\s*(\S+)\s*$/gm)].map((m) => m[1]);
  return [...new Set(handlers.map((h) => h.slice(0, h.lastIndexOf('.'))))];
}

const quiet = { info() {}, debug() {}, warn() {}, error() {} };

async function bundle() {
  const modules = handlerModules(readFileSync(path.join(appDir, 'manifest.yml'), 'utf8'));
  const entryPoints = modules.map((name) => ({ name, path: path.join(appDir, 'src', name) }));
  // No manifest `app.package` section: the default NodeBundler, as for Keel's manifest.
  const bundler = await getNodeBundler(quiet, {}, { readConfig: async () => ({ app: {} }) }).getBundler();
  const [config] = await bundler.getConfigs({ appDirectory: appDir, entryPoints });
  const outputDir = config.output.path;
  try {
    const compiler = getCompiler(config);
    await new Promise((resolve, reject) =>
      compiler.run((error, stats) => {
        try {
          handleWebpackCompilationResult(quiet, error, stats);
          compiler.close(() => resolve(undefined));
        } catch (failure) {
          compiler.close(() => reject(failure));
        }
      }),
    );
    return Object.fromEntries(modules.map((name) => [name, Object.keys(require(path.join(outputDir, `${name}.cjs`)))]));
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
}

const started = Date.now();
bundle().then(
  (modules) => {
    process.stdout.write(`${JSON.stringify({ ok: true, ms: Date.now() - started, modules })}\n`);
    process.exit(0);
  },
  (error) => {
    process.stdout.write(`${JSON.stringify({ ok: false, ms: Date.now() - started, error: String(error && error.message ? error.message : error) })}\n`);
    process.exit(0);
  },
);
