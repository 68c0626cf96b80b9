// Mutation testing of the pure engine and the share-link codec: `npm run mutation`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  mutate: ['src/engine/**/*.ts', 'src/share/**/*.ts', '!**/*.test.ts'],
  // Only what the engine tests need goes into Stryker's sandbox copy (others' build and browser-test output changes under it).
  ignorePatterns: [
    '/*',
    '!/src',
    '!/package.json',
    '!/tsconfig.json',
    '!/vitest.stryker.config.ts',
    '/src/**',
    '!/src/engine/**',
    '!/src/share/**',
    '!/src/test/answer-sets.ts',
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
