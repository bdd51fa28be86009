// @vitest-environment node
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The project's own ESLint config, run through ESLint's Node API on code placed (by filePath) inside
// the folders the architecture rules are about. Only the import rules run, without type information,
// so the test takes a moment rather than a type-checked program's build.
const IMPORT_RULES = new Set(['import-x/no-restricted-paths', 'import-x/no-cycle', 'no-restricted-imports']);
const eslint = new ESLint({
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) => IMPORT_RULES.has(ruleId),
});

/** The rules an import breaks, written in a file at `filePath`. */
async function broken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

// No feature has a subfolder yet; the rule must still allow one, so one exists while this file runs
// (an unresolved import is not checked at all, which would make the test pass for nothing).
const SUBFOLDER = join('src', 'features', 'map', '__lint_fixture__');
beforeAll(async () => {
  mkdirSync(SUBFOLDER, { recursive: true });
  writeFileSync(join(SUBFOLDER, 'part.ts'), 'export const part = 1;\n');
  // Loading the config, plugins and resolver takes a while once: not inside a test.
  await eslint.lintText('export {};\n', { filePath: 'src/features/map/lint-probe.ts' });
});
afterAll(() => rmSync(SUBFOLDER, { recursive: true, force: true }));

const IN_MAP = 'src/features/map/lint-probe.ts';

describe('lint holds the architecture', () => {
  it('rejects a feature importing another feature, by alias or by climbing out of its folder', async () => {
    expect(await broken(IN_MAP, "import { compareSchools } from '@/features/comparison/compare';")).toContain(
      'import-x/no-restricted-paths',
    );
    const climbing = await broken(IN_MAP, "import { compareSchools } from '../comparison/compare';");
    expect(climbing).toContain('import-x/no-restricted-paths');
    expect(climbing).toContain('no-restricted-imports');
  });

  it('rejects a feature importing the app shell', async () => {
    expect(await broken(IN_MAP, "import { App } from '@/app/App';")).toContain('import-x/no-restricted-paths');
  });

  it('rejects a shared layer importing a feature', async () => {
    expect(await broken('src/data/lint-probe.ts', "import { classify } from '@/features/map/classify';")).toContain(
      'import-x/no-restricted-paths',
    );
  });

  it('accepts a feature importing its own files, its own subfolder and shared code', async () => {
    expect(
      await broken(
        IN_MAP,
        [
          "import { classify } from './classify';",
          "import { part } from './__lint_fixture__/part';",
          "import { formatNumber } from '@/lib/format';",
          "import { useSchools } from '@/data/queries';",
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
