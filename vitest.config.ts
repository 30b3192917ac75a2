/**
 * Two test projects: `unit` (pure code, tests next to it) and `integration`
 * (*.int.test.ts against a real Neo4j given by the global setup, and
 * *.e2e.test.ts in real Chromium against the same Neo4j).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The JSON report lets .ci/run print a plain 'N passed, N failed' line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', 'node_modules/**'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          // One project for both, so the Neo4j of the global setup starts once.
          name: 'integration',
          include: ['src/**/*.int.test.ts', 'tests/**/*.int.test.ts', 'tests/**/*.e2e.test.ts'],
          globalSetup: ['tests/setup/neo4j.global.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
