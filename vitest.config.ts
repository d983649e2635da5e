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
    ],
  },
})
