// The cross-engine scenarios in Firefox ESR (Gecko), driven over WebDriver BiDi by puppeteer-core.
import { launchFirefox } from './drivers.mjs'
import { scenarios } from './scenarios.mjs'

scenarios('Firefox ESR', launchFirefox)
