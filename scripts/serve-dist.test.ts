import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { contentSecurityPolicy, cspHeader, serveDist } from './serve-dist.mjs'

let root = ''
let server: { url: string; close: () => Promise<void> }

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'serve-dist-'))
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>')
  writeFileSync(join(root, 'assets/app-1234.js'), 'export {}')
  writeFileSync(join(root, 'manifest.webmanifest'), '{}')
  writeFileSync(join(tmpdir(), 'serve-dist-secret.txt'), 'secret')
  server = await serveDist({ root, base: '/massage-match/' })
})

afterAll(async () => {
  await server.close()
  rmSync(root, { recursive: true, force: true })
})

test('serves the app on 127.0.0.1 under the base, with the CSP header', async () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/massage-match\/$/)
  const response = await fetch(server.url)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
  const csp = response.headers.get('content-security-policy')
  // This index.html has no policy of its own: the default one, with frame-ancestors.
  expect(csp).toBe(`${contentSecurityPolicy()}; frame-ancestors 'none'`)
  expect(csp).not.toContain('unsafe-inline')
  expect(await response.text()).toContain('<title>app</title>')
})

test('sends each file with its MIME type and hashed assets as immutable', async () => {
  const script = await fetch(`${server.url}assets/app-1234.js`)
  expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  expect(script.headers.get('cache-control')).toContain('immutable')
  const manifest = await fetch(`${server.url}manifest.webmanifest`)
  expect(manifest.headers.get('content-type')).toBe('application/manifest+json; charset=utf-8')
})

test('redirects the base without its slash, so relative URLs resolve', async () => {
  const response = await fetch(server.url.replace(/\/$/, ''), { redirect: 'manual' })
  expect(response.status).toBe(301)
  expect(response.headers.get('location')).toBe('/massage-match/')
})

test('answers index.html for other paths, and 404 for missing files and paths outside the base', async () => {
  expect(await (await fetch(`${server.url}some/page`)).text()).toContain('<title>app</title>')
  expect((await fetch(`${server.url}assets/gone-0000.js`)).status).toBe(404)
  expect((await fetch(server.url.replace('/massage-match/', '/elsewhere/'))).status).toBe(404)
  expect((await fetch(`${server.url}..%2fserve-dist-secret.txt`)).status).toBe(404)
  expect((await fetch(`${server.url}%E0%A4%A`)).status).toBe(400)
})

test("the header is the built page's own policy (with its inline hashes) plus frame-ancestors", () => {
  const policy = contentSecurityPolicy({ scripts: ["'sha256-abc='"], styles: ["'sha256-def='"] })
  expect(policy).toContain("script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def='")
  const html = `<head><meta http-equiv="Content-Security-Policy" content="${policy.replaceAll("'", '&#39;')}">`
  expect(cspHeader(html)).toBe(`${policy}; frame-ancestors 'none'`)
})

test('a new build put in the folder is served at once, with its own policy', async () => {
  const policy = contentSecurityPolicy({ scripts: ["'sha256-new='"] })
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html><meta http-equiv="Content-Security-Policy" content="${policy}"><title>new</title>`,
  )
  const response = await fetch(`${server.url}some/page`)
  expect(await response.text()).toContain('<title>new</title>')
  expect(response.headers.get('content-security-policy')).toBe(`${policy}; frame-ancestors 'none'`)
})
