/** One jest configuration for the whole repository: real NATS and a real
 * MongoDB-protocol server per worker (see test/support/global-setup.ts). */
const tsJest = ['ts-jest', { useESM: true, tsconfig: 'tsconfig.jest.json' }];
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: {
    '^@legalaid/contracts$': '<rootDir>/contracts/src/index.ts',
    '^@legalaid/infra$': '<rootDir>/infra/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
};
export default {
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.cjs'],
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/**/test/**/*.spec.ts', '!**/node_modules/**'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/**/test/**/*.int.ts', '<rootDir>/test/**/*.e2e.ts', '!**/node_modules/**'] },
  ],
};
