import { defineConfig } from 'vitest/config';

/**
 * The vitest settings every package shares: source-condition resolution (no build needed), test
 * file locations, and a JSON report that `npm test` adds up into one closing line.
 */
export const sharedVitestConfig = defineConfig({
  resolve: { conditions: ['@plinth/source'] },
  ssr: { resolve: { conditions: ['@plinth/source'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
