import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'shared/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    exclude: ['node_modules', 'test/workers/**', 'test/browser/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
