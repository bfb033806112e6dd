import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 240_000,
    // Browser tests start Chromium: keep them from competing with each other for the two cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
