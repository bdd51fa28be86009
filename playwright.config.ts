import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DIST_DIR } from './scripts/chromium.mjs';

/** Another port (and DIST_DIR) lets two checkouts' runs share a machine without clobbering each other. */
const port = Number(process.env.BROWSER_TEST_PORT ?? 4317);
const baseURL = `http://127.0.0.1:${port}/`;

// The production build in the system Chromium: Playwright cannot download its own browser here.
export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  // Two cores, shared: one worker, so a test's timing is not another test's load.
  workers: 1,
  fullyParallel: false,
  // A failure is a failure: no retry hides a flaky test.
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  // Per port, like the server: two runs in one checkout must not clear each other's results.
  outputDir: `test-results/port-${port}`,
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
  },
  webServer: {
    // Started through node, so the process Playwright stops is the server itself.
    command: `node node_modules/vite/bin/vite.js preview --outDir ${DIST_DIR} --port ${port} --strictPort --host 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
