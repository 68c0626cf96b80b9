// File names are kebab-case (STYLE.md), so imports never depend on a file system's case rules.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'

const ROOTS = ['src', 'scripts', 'e2e', 'docs', 'public', '.ci']
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/
// Names other tools expect as they are.
const ALLOWED = new Set(['README.md'])

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

test('every file name in the project is kebab-case', () => {
  const all = ROOTS.flatMap((root) => files(root))
  expect(all.length).toBeGreaterThan(100)
  const odd = all.filter((path) => {
    const name = path.split('/').pop() ?? ''
    return !ALLOWED.has(name) && !KEBAB.test(name)
  })
  expect(odd).toEqual([])
})

test('the check catches names that are not kebab-case', () => {
  for (const name of ['resultScreen.tsx', 'Result-screen.tsx', 'result_screen.tsx', 'result screen.tsx'])
    expect(KEBAB.test(name), name).toBe(false)
  for (const name of ['result-screen.tsx', 'a11y.spec.ts', 'first-paint.test.ts', '0006-start-up.md'])
    expect(KEBAB.test(name), name).toBe(true)
})
