import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs'

// Browser tests run against the production build (dist/, from `npm run build`), served under
// a sub-path as on a real static host, in Debian's Chromium (Playwright downloads no browser).
const port = Number(process.env.E2E_PORT ?? 4391)
export const APP_URL = `http://127.0.0.1:${port}/massage-match/`

const launchOptions = {
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
}

// Phone emulation in Chromium: touch, mobile viewport meta, a phone's pixel ratio.
const phone = {
  browserName: 'chromium' as const,
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 1,
  userAgent:
    'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
}

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // Flaky tests get fixed, not retried.
  retries: 0,
  workers: 2,
  // Generous for a busy shared 2-core machine; a test takes a few seconds on a quiet one.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  use: {
    baseURL: APP_URL,
    launchOptions,
    serviceWorkers: 'allow',
  },
  projects: [
    // @narrow: only on the smallest phone; @phones: on both phones; @keyboard: desktop only.
    {
      name: 'phone-390',
      use: { ...phone, viewport: { width: 390, height: 844 } },
      grepInvert: /@narrow|@keyboard/,
    },
    {
      name: 'phone-320',
      use: { ...phone, viewport: { width: 320, height: 640 } },
      grep: /@narrow|@phones/,
    },
    {
      name: 'desktop-keyboard',
      use: { browserName: 'chromium', viewport: { width: 1280, height: 800 }, hasTouch: false },
      grep: /@keyboard/,
    },
  ],
  webServer: {
    command: 'node e2e/serve.mjs',
    url: APP_URL,
    reuseExistingServer: false,
    timeout: 20_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
