import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests run in parallel; the real-browser files run one at a time after them (each starts a Chromium, and the
// machine has two cores), on an extension built once by the chromium project's globalSetup. No test file builds.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globalSetup: ['test/setup/temp-dir.ts'],
    // WXT's own setup (the fake browser as a global) first, then the fake browser's missing i18n.
    setupFiles: ['virtual:wxt-setup', 'test/setup/fake-i18n.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.{ts,tsx}'], exclude: [...configDefaults.exclude, 'test/browser/**', 'test/firefox/**'] },
      },
      {
        extends: true,
        test: { name: 'chromium', include: ['test/browser/**/*.test.ts'], globalSetup: ['test/setup/chrome-build.ts'], maxWorkers: 1 },
      },
      {
        extends: true,
        test: { name: 'firefox', include: ['test/firefox/**/*.test.ts'], globalSetup: ['test/setup/firefox-build.ts'] },
      },
    ],
  },
});
