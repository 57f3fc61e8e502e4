// Jest, as the design card names, with @swc/jest: it strips types without checking them (tsc -p . checks them
// once, before the run), so a 700-file suite transforms in seconds where ts-jest would type-check each file again.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@contract$': '<rootDir>/src/contract.ts',
    '\\.css$': '<rootDir>/test/style-stub.cjs',
  },
  testTimeout: 60_000,
  maxWorkers: 2,
  // A worker that has run a sandbox or browser file holds some 100-250 MB; once its event loop is empty (no open
  // handle), node still frees that memory page by page before the process ends, which on two loaded cores took
  // 450-600 ms (strace: ~240 munmap calls after the 'exit' event). Jest's default grace of 500 ms then killed it
  // and warned "A worker process has failed to exit gracefully". A worker kept alive by a real leak (a server, a
  // timer, a child process) still gets that warning, after 5 s.
  workerGracefulExitTimeout: 5_000,
  reporters: ['default', '<rootDir>/test/summary-reporter.cjs'],
};
