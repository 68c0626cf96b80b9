import { defineConfig } from 'vitest/config'

// Stryker reruns the tests once per mutant, so it runs only the tests of the pure engine and the
// link codec, in Node: no DOM, no React setup, nothing the engine does not use.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/engine/**/*.test.ts', 'src/share/**/*.test.ts'],
  },
})
