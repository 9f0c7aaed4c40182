import { defineConfig } from 'vitest/config';
import path from 'node:path';

// Three projects: pure units beside the code, integration tests on real PostgreSQL, browser tests.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['lib/**/*.test.ts', 'jobs/**/*.test.ts', 'tests/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/global-setup.ts', 'tests/helpers/build-setup.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
