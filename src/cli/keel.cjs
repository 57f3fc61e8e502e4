#!/usr/bin/env node
// `npx keel ...`: runs the TypeScript CLI through tsx, with the project's tsconfig (path aliases included).
require('tsx/cjs');
require('./main.ts')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
