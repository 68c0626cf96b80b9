// Mutation testing of the pure engine and the share-link codec: `npm run mutation`.
import { withImports } from './scripts/mutation-sandbox.mjs'

// The code that is mutated, and whose tests run against each mutant.
const TESTED = ['src/engine', 'src/share']
const VITEST_CONFIG = 'vitest.stryker.config.ts'

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: VITEST_CONFIG, related: false },
  mutate: [...TESTED.map((dir) => `${dir}/**/*.ts`), '!**/*.test.ts'],
  // Only what the tests need goes into Stryker's sandbox copy (others' build and browser-test
  // output changes under it): the tested folders, every file their code imports, followed import
  // by import, and the config files. `npm test` checks that every test runs there
  // (scripts/check-mutation-sandbox.mjs).
  ignorePatterns: [
    '/**',
    ...['package.json', 'tsconfig.json', ...withImports([...TESTED, VITEST_CONFIG])].map(
      (file) => `!/${file}`,
    ),
  ],
  coverageAnalysis: 'perTest',
  // Mutants in module-level tables (rule effects, screening table, question texts) force a full
  // reload and rerun of every test for each one; on a shared 2-core machine that takes hours.
  // They are skipped here and pinned instead by the persona, screening and question tables.
  ignoreStatic: true,
  // Two cores: one test process per core.
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
}
