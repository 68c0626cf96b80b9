import { expect, test } from 'vitest'
import { linkPreview } from './vite-link-preview.ts'

const page =
  '<head><meta property="og:type" content="website" /><meta property="og:image" content="./preview-card.png" /></head>'

function transform(siteUrl: string | undefined, html = page): string {
  const hook = linkPreview(siteUrl).transformIndexHtml as { handler: (html: string) => string }
  return hook.handler(html)
}

test('without SITE_URL the picture stays relative to the page, and no og:url is claimed', () => {
  expect(transform(undefined)).toBe(page)
})

test('with SITE_URL the picture is absolute under it and og:url names the app', () => {
  for (const site of ['https://example.org/massage-match', 'https://example.org/massage-match/']) {
    const html = transform(site)
    expect(html).toContain('content="https://example.org/massage-match/preview-card.png"')
    expect(html).toContain('<meta property="og:url" content="https://example.org/massage-match/" />')
  }
})

test('a SITE_URL that is not an address, or a page without the picture, fails the build', () => {
  expect(() => transform('example.org')).toThrow(/not an http/)
  expect(() => transform(undefined, '<head></head>')).toThrow(/no og:image/)
})
