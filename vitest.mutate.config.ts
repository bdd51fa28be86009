import { defineConfig } from 'vitest/config';
import config from './vite.config';
import { unitTestFiles } from './tests/unit/environments';

/**
 * The unit tests `npm run mutate` runs against each mutant: the tests of pure modules and the light
 * ones of src/state (URL sync renders no panel). Views rendered on the real data are left out: each
 * would re-render a panel for every mutant of every module it touches (hours on two cores), and the
 * point is that a pure module is guarded by tests of its own.
 */
const NOT_MUTATION = ['tests/unit/lint/', 'tests/unit/scripts/'];
const keep = (f: string) => !NOT_MUTATION.some((dir) => f.startsWith(dir));
const { node, dom } = unitTestFiles();

// Spread, not mergeConfig: that would add these lists to the unit suite's instead of replacing them.
export default defineConfig({
  ...config,
  test: {
    ...config.test,
    // Stryker's instrumentation (a switch per mutant, coverage counters) slows every test down.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: node.filter(keep) },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: [
            ...dom.filter((f) => keep(f) && f.endsWith('.ts')),
            'tests/unit/state/**/*.test.tsx',
            'tests/unit/components/scope.test.tsx',
          ],
        },
      },
    ],
  },
});
