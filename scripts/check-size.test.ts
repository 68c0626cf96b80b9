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
    'import{a as b}from"./shared.js";import"./runtime.js";const l=()=>import("./lazy.js");' +
    'const m=()=>import("./app.js");b(l,m)',
  'assets/app.js': 'import{a}from"./shared.js";import{v}from"./vendor.js";a(v);' + 'app '.repeat(300),
  'assets/vendor.js': 'export const v=2;' + 'vendor '.repeat(400),
  'assets/shared.js': 'export const a=(x)=>x;' + 'shared '.repeat(50),
  'assets/runtime.js': 'export const r=1',
  'assets/lazy.js': 'lazy '.repeat(500),
  'assets/index.css': 'body{margin:0}',
  'assets/lazy.css': 'p{color:red}',
  'icon.svg': '<svg/>',
  '.vite/manifest.json': JSON.stringify({
    'index.html': { file: 'assets/index.js', isEntry: true, dynamicImports: ['_app.js', 'src/lazy.tsx'] },
    '_app.js': { file: 'assets/app.js', name: 'app', imports: ['_shared.js', '_vendor.js'] },
    '_shared.js': { file: 'assets/shared.js', name: 'shared' },
    '_vendor.js': { file: 'assets/vendor.js', name: 'vendor' },
    'src/lazy.tsx': { file: 'assets/lazy.js', name: 'lazy', isDynamicEntry: true, css: ['assets/lazy.css'] },
  }),
}
mkdirSync(join(dist, 'assets'))
mkdirSync(join(dist, '.vite'))
for (const [name, content] of Object.entries(files)) writeFileSync(join(dist, name), content)
const gz = (name: keyof typeof files) => gzipSync(files[name]).length

test('counts the HTML, its scripts, modulepreloads, stylesheets and their static imports, once each', () => {
  const size = measureFirstView(dist)
  expect(
    size.files
      .filter((f) => !f.use)
      .map((f) => f.file)
      .sort(),
  ).toEqual(
    ['assets/index.css', 'assets/index.js', 'assets/runtime.js', 'assets/shared.js', 'index.html'].sort(),
  )
  expect(size.html).toBe(gz('index.html'))
  expect(size.js).toBe(gz('assets/index.js') + gz('assets/shared.js') + gz('assets/runtime.js'))
  expect(size.css).toBe(gz('assets/index.css'))
  expect(size.jsCss).toBe(size.js + size.css)
  expect(size.total).toBe(size.html + size.js + size.css)
})

test('first use adds the app chunk and its own static imports, not what the first view has already', () => {
  const size = measureFirstView(dist)
  expect(size.files.filter((f) => f.use).map((f) => f.file)).toEqual(['assets/app.js', 'assets/vendor.js'])
  expect(size.firstUse.js).toBe(size.js + gz('assets/app.js') + gz('assets/vendor.js'))
  expect(size.firstUse.css).toBe(size.css)
  expect(size.firstUse.jsCss).toBe(size.firstUse.js + size.firstUse.css)
})

test('a build without the app chunk is an error, not a small number', () => {
  const broken = mkdtempSync(join(tmpdir(), 'check-size-'))
  try {
    writeFileSync(join(broken, 'index.html'), '<!doctype html>')
    mkdirSync(join(broken, '.vite'))
    writeFileSync(join(broken, '.vite/manifest.json'), '{}')
    expect(() => measureFirstView(broken)).toThrow(/no 'app' chunk/)
  } finally {
    rmSync(broken, { recursive: true, force: true })
  }
})

test("the entry script the first-paint script adds counts in the first view; a shared link's files apart", () => {
  const boot = mkdtempSync(join(tmpdir(), 'check-size-'))
  try {
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(join(boot, name, '..'), { recursive: true })
      writeFileSync(join(boot, name), content)
    }
    const script = 'shared '.repeat(200)
    writeFileSync(join(boot, 'assets/shared-first-paint.js'), script)
    writeFileSync(join(boot, 'assets/result.css'), 'p{margin:0}')
    const bootFiles = {
      entry: './assets/index.js',
      app: ['./assets/app.js'],
      shared: { script: './assets/shared-first-paint.js', styles: ['./assets/result.css'] },
    }
    writeFileSync(
      join(boot, 'index.html'),
      `<!doctype html><script>(() => {\n  const files = ${JSON.stringify(bootFiles)}\n})()</script>`,
    )
    const size = measureFirstView(boot)
    expect(size.files.filter((f) => !f.use).map((f) => f.file)).toEqual(
      expect.arrayContaining(['assets/index.js', 'assets/shared.js', 'assets/runtime.js']),
    )
    expect(size.files.map((f) => f.file)).not.toContain('assets/shared-first-paint.js')
    expect(size.sharedFirstView?.files.map((f) => f.file)).toEqual([
      'assets/shared-first-paint.js',
      'assets/result.css',
    ])
    expect(size.sharedFirstView?.total).toBe(
      size.html + size.css + gzipSync(script).length + gzipSync('p{margin:0}').length,
    )
  } finally {
    rmSync(boot, { recursive: true, force: true })
  }
})
