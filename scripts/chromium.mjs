// Debian's Chromium for the browser tests, screenshots and benchmarks: Playwright and Lighthouse
// cannot download a browser of their own here. CHROMIUM_PATH overrides the path.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Without the background-networking flags Chromium stalls on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
