import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The unit test files, split by whether they need a DOM. A jsdom per test file was most of the
 * suite's time (about 1.3 s each on two cores), so tests of pure modules run in Node and only
 * those that render, or touch a browser global, get jsdom.
 */
const BROWSER_GLOBALS =
  /\b(document|window|localStorage|sessionStorage|DOMParser|HTMLElement|navigator|location|history)\b|@testing-library|render-(panel|app)/;

export function unitTestFiles(root = 'tests/unit'): { node: string[]; dom: string[] } {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((f) => join(root, f).split('\\').join('/'))
    .filter((f) => /\.test\.tsx?$/.test(f))
    .sort();
  const needsDom = (file: string) => file.endsWith('.tsx') || BROWSER_GLOBALS.test(readFileSync(file, 'utf8'));
  return { node: files.filter((f) => !needsDom(f)), dom: files.filter(needsDom) };
}
