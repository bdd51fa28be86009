// Mutation testing (npm run mutate, not part of npm test): Stryker changes the code one small way
// at a time and runs the unit tests that cover it; a change no test notices is a gap in the tests.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  // The shared layers and the features' pure modules. Components (.tsx) are covered by the panel
  // tests and the browser tests; message dictionaries and type-only files hold nothing to mutate.
  mutate: [
    'src/data/**/*.ts',
    'src/state/**/*.ts',
    'src/lib/**/*.ts',
    'src/features/*/**/*.ts',
    '!src/**/*.d.ts',
    '!src/lib/messages.ts',
    '!src/features/*/*messages.ts',
    // Browser glue, not pure logic: a Blob download, FontFace registration, print events and the
    // lazily loaded XLSX writer. The browser tests guard them (files downloaded and opened, the
    // printout read back); Stryker runs only the unit tests.
    '!src/lib/export/download.ts',
    '!src/lib/export/fonts.ts',
    '!src/lib/export/xlsx.ts',
    '!src/state/printing.ts',
    // The features' React hooks and DOM glue (use-*.ts, the print helpers, Leaflet's gestures): not
    // pure modules, exercised by the panel tests and the browser tests, which Stryker does not run.
    '!src/features/*/use-*.ts',
    '!src/features/*/print-*.ts',
    '!src/features/map/cooperative-gestures.ts',
  ],
  coverageAnalysis: 'perTest',
  // Module-level constants run once per file, so every test covers them: slow, and they are
  // guarded by the tests of what reads them.
  ignoreStatic: true,
  // Two cores, shared with others.
  concurrency: 2,
  timeoutMS: 10_000,
  // Re-runs test only what changed since the last run (other engineers change these modules too).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: 80 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
