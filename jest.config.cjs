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
  reporters: ['default', '<rootDir>/test/summary-reporter.cjs'],
};
