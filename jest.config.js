/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  // Fault and browser tests start real processes, ingests and browsers; on a busy 2-core machine they take minutes.
  testTimeout: 300000,
  maxWorkers: 2,
};
