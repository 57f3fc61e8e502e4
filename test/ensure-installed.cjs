#!/usr/bin/env node
// Installs what `npm start` and `npm test` need on a fresh machine, and nothing when it is already there:
// the npm dependencies (npm ci, when node_modules is missing or older than package-lock.json) and, with
// --browser, Debian's chromium for the browser tests (apt-get, when running as root).
const { execSync } = require('node:child_process');
const { existsSync, statSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const installed = path.join(root, 'node_modules', '.package-lock.json');
const lock = path.join(root, 'package-lock.json');

function run(command) {
  process.stderr.write(`keel: ${command}\n`);
  execSync(command, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  run('npm ci --no-audit --no-fund');
}

if (process.argv.includes('--browser')) {
  const chromium = process.env.KEEL_CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    if (process.getuid && process.getuid() === 0 && existsSync('/usr/bin/apt-get')) {
      run('apt-get update -qq');
      run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
    } else {
      process.stderr.write(`keel: the browser tests need Debian's chromium at ${chromium}: run "sudo apt-get install -y chromium" (or set KEEL_CHROMIUM)\n`);
      process.exit(2);
    }
  }
}
