import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'plugins/*/test/**/*.test.ts'],
    // Packing and installing the CLI takes minutes: `npm run test:package` runs it (CI does, after `npm test`).
    exclude: [...configDefaults.exclude, ...(process.env.TEAMFIT_TEST_PACKAGE ? [] : ['test/pack/**'])],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
