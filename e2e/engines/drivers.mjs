// One small adapter per engine, the same shape for both, so the scenarios are written once:
//   goto(url), reload(), evaluate(fn, ...args), click(name), errors(), close()
// Every launch is a new browser with a new, empty profile.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import puppeteer from 'puppeteer-core'
import { Builder } from 'selenium-webdriver'
import { findControl, recordErrors, takeRecordedErrors, waitFor } from './page.mjs'

export const VIEWPORT = { width: 390, height: 844 }
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver'
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'

/** Sends a signal to a process we started, ignoring one that has already gone. */
function kill(pid, signal = 'SIGKILL') {
  try {
    process.kill(pid, signal)
  } catch {
    // Already gone.
  }
}

/** Firefox ESR over WebDriver BiDi (puppeteer-core; no geckodriver). */
export async function launchFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
  })
  const pid = browser.process()?.pid
  try {
    const page = (await browser.pages())[0] ?? (await browser.newPage())
    await page.setViewport(VIEWPORT)
    const errors = []
    page.on('pageerror', (error) => errors.push(`error: ${error.message}`))
    // 'pageerror' has only uncaught exceptions; an error event that is none (a ResizeObserver loop)
    // reaches only a listener in the page, so each page gets WebKit's one too (an exception is then
    // listed twice, which only a failing test shows).
    await page.evaluateOnNewDocument(recordErrors)
    let earlier = []
    const keepErrors = async () => {
      earlier = earlier.concat(await page.evaluate(takeRecordedErrors).catch(() => []))
    }
    return {
      engine: 'firefox',
      goto: async (url) => {
        await keepErrors()
        await page.goto(url, { waitUntil: 'load' })
      },
      reload: async () => {
        await keepErrors()
        await page.reload({ waitUntil: 'load' })
      },
      evaluate: (fn, ...args) => page.evaluate(fn, ...args),
      click: async (name) => {
        const handle = await waitFor(
          async () => {
            const found = await page.evaluateHandle(findControl, name)
            const element = found.asElement()
            if (element) return element
            await found.dispose()
            return null
          },
          { message: `a control named "${name}"` },
        )
        // A mouse click at the element's centre (puppeteer scrolls it into view first).
        await handle.click()
        await handle.dispose()
      },
      errors: async () => {
        await keepErrors()
        return [...errors, ...earlier]
      },
      close: async () => {
        await browser.close().catch(() => {})
        if (pid) kill(pid)
      },
    }
  } catch (error) {
    await browser.close().catch(() => {})
    if (pid) kill(pid)
    throw error
  }
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => done(port))
    })
  })
}

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic, selenium-webdriver). Needs a
 * display: run under `xvfb-run -a`. The driver runs in its own process group, so stopping the group
 * also stops the MiniBrowser it started, even when the session could not be closed.
 */
export async function launchWebKit() {
  const port = await freePort()
  const server = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  server.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)))
  const stopServer = () => kill(-server.pid)
  let driver
  try {
    const base = `http://127.0.0.1:${port}`
    await waitFor(
      async () => {
        if (server.exitCode !== null) throw new Error(`WebKitWebDriver exited: ${stderr}`)
        const status = await fetch(`${base}/status`).then((r) => r.json())
        return status.value?.ready
      },
      { timeout: 10_000, message: 'WebKitWebDriver to be ready' },
    )
    driver = await new Builder()
      .usingServer(base)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--full-screen'] },
      })
      .build()
    // WebKitGTK refuses windows narrower than 334 px; 390 x 844 is a common phone.
    await driver.manage().window().setRect(VIEWPORT)
    const evaluate = (fn, ...args) => driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args)
    // No log endpoint here: a listener the test adds after each page load keeps the errors.
    let earlier = []
    const keepErrors = async () => {
      earlier = earlier.concat(await evaluate(takeRecordedErrors).catch(() => []))
    }
    const arrive = async () => evaluate(recordErrors)
    return {
      engine: 'webkit',
      goto: async (url) => {
        await keepErrors()
        await driver.get(url)
        await arrive()
      },
      reload: async () => {
        await keepErrors()
        await driver.navigate().refresh()
        await arrive()
      },
      evaluate,
      click: async (name) => {
        const element = await waitFor(() => evaluate(findControl, name), {
          message: `a control named "${name}"`,
        })
        // WebDriver's click: scrolls into view, then a mouse click at the centre.
        await element.click()
      },
      errors: async () => {
        await keepErrors()
        return [...earlier]
      },
      close: async () => {
        await driver.quit().catch(() => {})
        stopServer()
      },
    }
  } catch (error) {
    await driver?.quit().catch(() => {})
    stopServer()
    throw error
  }
}
