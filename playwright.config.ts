import { defineConfig } from '@playwright/test';

// Debian's Chromium (never `npx playwright install`); one worker on the 2-core machine.
// No webServer: every test starts its own backend or app on a fresh data folder (tests/e2e/fixtures,
// tests/electron-app/fixtures).
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: 'list',
  use: {
    browserName: 'chromium',
    locale: 'en-GB',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
  },
  projects: [
    { name: 'chromium', testDir: 'tests/e2e' },
    // The desktop app in the real Electron runtime (Playwright's _electron; uses no browser).
    // Each test reports itself skipped, with the reason, where the runtime is not installed.
    { name: 'electron', testDir: 'tests/electron-app', timeout: 90_000 },
  ],
});
