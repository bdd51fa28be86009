import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';

const DATASETS = [
  'schools.json',
  'prefectures.json',
  'school-figures.json',
  'province.json',
  'appendix.json',
  'lists.json',
  'cases.json',
  'data-notes.json',
  'gansu-prefectures.topo.json',
];

let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** Opens the app with one dataset replaced: a body string, or null for a 404. */
async function openWith(file: string, body: string | null) {
  const page = await browser.context.newPage();
  const uncaught: string[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  await page.route(`**/data/${file}`, (route) =>
    body === null
      ? route.fulfill({ status: 404, body: 'not found' })
      : route.fulfill({ contentType: 'application/json', body }),
  );
  // A comparison is open, so that every dataset has a view on screen that needs it.
  await page.goto(`${inject('baseUrl')}?compare=lz-petrochemical,jiuquan`, { waitUntil: 'networkidle' });
  return { page, uncaught };
}

describe.each(DATASETS)('when %s is broken', (file) => {
  it.each([
    ['malformed', '{"this is": not json'],
    ['missing', null],
  ] as const)('%s: the views that need it name the file and the problem, the rest keeps working', async (_, body) => {
    const { page, uncaught } = await openWith(file, body);
    const alerts = page.getByRole('alert').filter({ hasText: file });
    await alerts.first().waitFor({ timeout: 10_000 });
    const text = await alerts.first().textContent();
    expect(text).toContain(body === null ? '文件不存在（HTTP 404）' : '不是有效的 JSON');
    expect(uncaught).toEqual([]);
    // The page still stands: the header, and at least one panel without an error.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('甘肃省高等职业教育质量年度报告');
    const panels = await page
      .locator('section.panel')
      .evaluateAll((sections) => sections.map((s) => s.querySelector('[role="alert"]') === null));
    expect(panels.some(Boolean)).toBe(true);
    await page.close();
  });
});

describe('markup inside data', () => {
  it('stays text: a prefecture or school name with tags is shown literally, never parsed', async () => {
    const prefectures = JSON.parse(readFileSync('public/data/prefectures.json', 'utf8'));
    prefectures.prefectures[0].shortZh = '<img src=x onerror="window.__xss=1">兰州';
    const schools = JSON.parse(readFileSync('public/data/schools.json', 'utf8'));
    schools.schools[0].nameZh = '<b id="injected">石化</b>';
    const page = await browser.context.newPage();
    await page.route('**/data/prefectures.json', (r) =>
      r.fulfill({ contentType: 'application/json', body: JSON.stringify(prefectures) }),
    );
    await page.route('**/data/schools.json', (r) =>
      r.fulfill({ contentType: 'application/json', body: JSON.stringify(schools) }),
    );
    await page.goto(inject('baseUrl'), { waitUntil: 'networkidle' });
    await page.locator('[data-prefecture]').first().waitFor();
    expect(await page.locator('select[data-filter="prefecture"] option').nth(1).textContent()).toBe(
      '<img src=x onerror="window.__xss=1">兰州',
    );
    expect(await page.locator('.prefecture-label').first().textContent()).toContain('<img src=x');
    expect(await page.locator('img[src="x"], #injected').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.close();
  });
});

describe('the Content-Security-Policy', () => {
  it('allows no other origin, in the header and in the page', async () => {
    const response = await fetch(inject('baseUrl'));
    const header = response.headers.get('content-security-policy') ?? '';
    expect(header).toContain("default-src 'self'");
    expect(header).toContain("connect-src 'self'");
    expect(header).not.toMatch(/https?:/);
    expect(await response.text()).toContain('http-equiv="Content-Security-Policy"');
  });
});
