import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'plugins/*/test/**/*.test.{ts,tsx}'],
    // Packing and installing the CLI takes minutes: `npm run test:package` runs it (CI does, after `npm test`).
    exclude: [...configDefaults.exclude, ...(process.env.TEAMFIT_TEST_PACKAGE ? [] : ['test/pack/**'])],
    testTimeout: 30_000,
    pool: 'forks',
    // Backstage's frontend packages import ESM that only a bundler resolves (directory imports in
    // material-ui-popup-state): vite transforms it for the frontend plugin's tests, as a Backstage app's bundler would.
    server: { deps: { inline: ['material-ui-popup-state'] } },
  },
});
