import { defineConfig } from 'vitest/config'

// Stryker reruns the tests once per mutant, so it runs only the tests of the pure engine and the
// link codec, in Node (no DOM, no React setup), and the exhaustive loops check every 53rd case
// instead of every case (53 is prime, so the sample still mixes every answer's choices).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/engine/**/*.test.ts', 'src/share/**/*.test.ts'],
    env: { MUTATION_STRIDE: '53' },
    testTimeout: 60_000,
  },
})
