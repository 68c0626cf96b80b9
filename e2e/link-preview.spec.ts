// A shared link's preview in a messaging app: the built index.html's Open Graph and Twitter card
// tags, the same for every link (the answers are in the hash, which no server sees).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { MASSAGE_NAMES } from '../src/engine'
import { expect, test } from './fixtures'

const DIST = process.env.E2E_DIST ?? 'dist'
const html = readFileSync(join(DIST, 'index.html'), 'utf8')

/** The content of a <meta> by its property or name, as the built page has it. */
function meta(key: string): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/g) ?? []) {
    const attribute = (name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]
    if (attribute('property') === key || attribute('name') === key) return attribute('content')
  }
  return undefined
}

test('the built page carries a preview card that says a friend shared a suggestion and that answers stay on the phone', () => {
  expect(meta('og:type')).toBe('website')
  expect(meta('og:title')).toMatch(/friend shared a massage suggestion/i)
  expect(meta('og:description')).toMatch(/answers stay on your phone/i)
  expect(meta('twitter:card')).toBe('summary_large_image')
  expect(meta('og:image:width')).toBe('1200')
  expect(meta('og:image:height')).toBe('630')
  // Nothing of any one result: no massage type is named.
  const words = ['og:title', 'og:description', 'og:image:alt'].map((key) => meta(key) ?? '').join(' ')
  for (const name of Object.values(MASSAGE_NAMES)) expect(words).not.toContain(name)
})

test('its picture is a 1200x630 PNG the page links to, read against the page address when not absolute', async ({
  page,
  baseURL,
}) => {
  const image = meta('og:image')!
  expect(image).toMatch(/^(\.\/|https?:\/\/)[\w/.:-]*preview-card\.png$/)
  const file = PNG.sync.read(readFileSync(join(DIST, 'preview-card.png')))
  expect([file.width, file.height]).toEqual([1200, 630])
  // Served with the app, where a messaging app resolves it from a shared link's address.
  if (image.startsWith('./')) {
    const url = new URL(image, `${baseURL}#/r/somecode`).href
    const response = await page.request.get(url)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/image\/png/)
    const served = PNG.sync.read(await response.body())
    expect([served.width, served.height]).toEqual([1200, 630])
  }
})
