#!/usr/bin/env node
// `npx keel ...`. In this repository it runs the TypeScript CLI through tsx (path aliases included); in an
// installed package (`npm pack` builds it, see `prepack`) main.ts is absent and the esbuild bundle runs instead,
// so the CLI needs neither tsx nor the repository's test folder.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const source = join(__dirname, 'main.ts');
let cli;
if (existsSync(source)) {
  require('tsx/cjs');
  cli = require(source);
} else {
  cli = require(join(__dirname, '..', '..', 'dist', 'cli', 'keel.cjs'));
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
