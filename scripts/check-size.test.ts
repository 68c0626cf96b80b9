import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, expect, test } from 'vitest'
import { measureFirstView } from './check-size.mjs'

const dist = mkdtempSync(join(tmpdir(), 'check-size-'))
afterAll(() => rmSync(dist, { recursive: true, force: true }))

const files = {
  'index.html':
    '<!doctype html><script type="module" crossorigin src="./assets/index.js"></script>' +
    '<link rel="modulepreload" crossorigin href="./assets/runtime.js">' +
    '<link rel="stylesheet" href="./assets/index.css"><link rel="icon" href="./icon.svg">' +
    '<script src="https://example.com/third-party.js"></script>',
  'assets/index.js':
    'import{a as b}from"./shared.js";import"./runtime.js";const l=()=>import("./lazy.js");b(l)',
  'assets/shared.js': 'export const a=(x)=>x;' + 'shared '.repeat(50),
  'assets/runtime.js': 'export const r=1',
  'assets/lazy.js': 'lazy '.repeat(500),
  'assets/index.css': 'body{margin:0}',
  'assets/lazy.css': 'p{color:red}',
  'icon.svg': '<svg/>',
}
mkdirSync(join(dist, 'assets'))
for (const [name, content] of Object.entries(files)) writeFileSync(join(dist, name), content)
const gz = (name: keyof typeof files) => gzipSync(files[name]).length

test('counts the HTML, its scripts, modulepreloads, stylesheets and their static imports, once each', () => {
  const size = measureFirstView(dist)
  expect(size.files.map((f) => f.file).sort()).toEqual(
    ['assets/index.css', 'assets/index.js', 'assets/runtime.js', 'assets/shared.js', 'index.html'].sort(),
  )
  expect(size.html).toBe(gz('index.html'))
  expect(size.js).toBe(gz('assets/index.js') + gz('assets/shared.js') + gz('assets/runtime.js'))
  expect(size.css).toBe(gz('assets/index.css'))
  expect(size.jsCss).toBe(size.js + size.css)
  expect(size.total).toBe(size.html + size.js + size.css)
})
