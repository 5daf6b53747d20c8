/** Unit tests run TypeScript through swc; cloud tests start the local cloud in-process. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2021', parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } }, module: { type: 'commonjs' } }],
  },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  // Cloud tests call the deployable bundles: build them once per run.
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  testTimeout: 60000,
  // The index coverage test runs last: it reads the query shapes the other suites recorded.
  testSequencer: '<rootDir>/tests/support/test-sequencer.js',
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
}
