import { defineConfig } from 'vitest/config';

// unit: core, shared, seeds, CLI and harness routes in plain Node.
// e2e: the built renderer in Debian's Chromium through the loopback harness.
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**'], environment: 'node' },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
