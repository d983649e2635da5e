import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/workerd/**', 'test/happy-dom/**'],
        },
      },
      {
        test: {
          name: 'happy-dom',
          environment: 'happy-dom',
          include: ['test/core/**/*.test.ts', 'test/providers/**/*.test.ts', 'test/happy-dom/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'workerd',
          environment: 'node',
          include: ['test/workerd/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The user-facing tests of examples/testing/ (docs/testing.md), on the built package.
        // deno.test.ts is Deno's: test/examples/testing.test.ts runs it.
        test: {
          name: 'examples',
          environment: 'node',
          include: ['examples/testing/**/*.test.ts'],
          exclude: ['examples/testing/deno.test.ts'],
          globalSetup: ['test/examples/ensure-built.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
