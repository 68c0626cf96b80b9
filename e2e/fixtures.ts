import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test'

/**
 * Every test fails on a console error, an uncaught page error or error event, or any request to an
 * origin other than the app's own (such requests are aborted and recorded).
 */
async function guardContext(context: BrowserContext, appOrigin: string, problems: string[]): Promise<void> {
  const isForeign = (url: string) => /^(https?|wss?):/.test(url) && new URL(url).origin !== appOrigin
  context.on('request', (request) => {
    if (isForeign(request.url())) problems.push(`request to another origin: ${request.url()}`)
  })
  context.on('console', (message) => {
    if (message.type() !== 'error') return
    const { url } = message.location()
    problems.push(`console error: ${message.text()}${url ? ` [at ${url}]` : ''}`)
  })
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`))
  // An error event with no exception (e.g. "ResizeObserver loop completed with undelivered
  // notifications") reaches neither of the above in Chromium: the page says it on the console.
  await context.addInitScript(() =>
    addEventListener('error', (event) => {
      if (!event.error) console.error(`error event: ${event.message}`)
    }),
  )
  await context.route(
    (url) => isForeign(url.href),
    (route) => route.abort('blockedbyclient'),
  )
}

type Fixtures = {
  appOrigin: string
  problems: string[]
  /** A further browser context (a second device, a desktop), guarded the same way. */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>
}

export const test = base.extend<Fixtures>({
  appOrigin: async ({ baseURL }, use) => {
    await use(new URL(baseURL ?? '').origin)
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  problems: async ({}, use) => {
    const problems: string[] = []
    await use(problems)
    expect(problems, 'console errors, page errors and foreign requests').toEqual([])
  },
  context: async ({ context, appOrigin, problems }, use) => {
    await guardContext(context, appOrigin, problems)
    await use(context)
  },
  newContext: async ({ browser, appOrigin, problems, baseURL }, use) => {
    const made: BrowserContext[] = []
    await use(async (options = {}) => {
      const context = await browser.newContext({ baseURL, serviceWorkers: 'allow', ...options })
      made.push(context)
      await guardContext(context, appOrigin, problems)
      return context
    })
    await Promise.all(made.map((c) => c.close()))
  },
})

/** The app's own chunk (React, the router, the store), which src/main.tsx loads. */
export const APP_CHUNK = '**/assets/app-*.js'
const APP_CHUNK_URL = /\/assets\/app-[\w-]+\.js\b/

/**
 * Refuses the app chunk, as a lost connection would: to the page and to its service worker
 * (which would otherwise fetch it for its offline copy and then serve it). `allowApp` lifts it.
 */
export async function refuseApp(page: Page): Promise<void> {
  await page.context().route(APP_CHUNK, (route) => route.abort('internetdisconnected'))
}

export async function allowApp(page: Page): Promise<void> {
  await page.context().unroute(APP_CHUNK)
}

/**
 * Takes the browser's reports of the refused app chunk (console errors about that file, in
 * whatever words the browser uses) out of `problems`, a test's own doing, and returns how many
 * there were; any other problem stays and fails the test.
 */
export function dropRefusedLoads(problems: string[]): number {
  const kept = problems.filter((p) => !(p.startsWith('console error:') && APP_CHUNK_URL.test(p)))
  const dropped = problems.length - kept.length
  problems.splice(0, problems.length, ...kept)
  return dropped
}

export { expect }

/**
 * A phone without Web Share, whose clipboard the test may read: Share then copies the link, and
 * the test reads it back.
 */
export async function copyInsteadOfShare(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share
  })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
}
