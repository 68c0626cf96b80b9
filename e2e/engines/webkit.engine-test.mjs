// The cross-engine scenarios in WebKitGTK's MiniBrowser (WebKit, as on iPhones), through WebKitWebDriver.
// It needs a display: `npm run test:engines` runs the suite under xvfb-run.
import { launchWebKit } from './drivers.mjs'
import { scenarios } from './scenarios.mjs'

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  throw new Error('WebKit tests need a display: run them under `xvfb-run -a` (npm run test:engines does).')
}

scenarios('WebKitGTK', launchWebKit)
