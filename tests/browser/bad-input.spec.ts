import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, mapDrawn, panelsSettled, test } from './fixtures';

/** Each panel, the datasets it cannot do without, and what it shows when it works. */
const PANELS: { name: string; needs: string[]; works: (panel: Locator) => Locator }[] = [
  {
    name: '全省概况',
    needs: ['schools.json', 'school-figures.json', 'province.json'],
    works: (p) => p.getByRole('list', { name: '学校与学生' }).getByText('294,013'),
  },
  {
    name: '各市（州）分布',
    needs: ['gansu-prefectures.topo.json', 'prefectures.json', 'schools.json', 'school-figures.json'],
    works: (p) => p.locator('[data-prefecture="lanzhou"]'),
  },
  {
    name: '报告图表',
    needs: ['schools.json', 'school-figures.json'],
    works: (p) => p.getByRole('figure', { name: /各校在校生人数/ }),
  },
  {
    name: '学校对比',
    needs: ['schools.json', 'school-figures.json', 'lists.json', 'cases.json'],
    works: (p) => p.getByRole('table', { name: '学校对比：各项指标' }),
  },
  {
    name: '计分卡（附表1—附表6）',
    needs: ['appendix.json', 'province.json'],
    works: (p) => p.getByRole('list', { name: '关键指标' }),
  },
  {
    name: '数据说明：报告中的不一致之处',
    needs: ['data-notes.json'],
    works: (p) => p.locator('details').first(),
  },
];

const DATASETS = [...new Set(PANELS.flatMap((p) => p.needs))];

/** Opens the app with one dataset replaced: a body string, or null for a 404. */
async function openWith(page: Page, file: string, body: string | null) {
  const uncaught: string[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  await page.route(`**/data/${file}`, (route) =>
    body === null
      ? route.fulfill({ status: 404, body: 'not found' })
      : route.fulfill({ contentType: 'application/json', body }),
  );
  // A comparison is open, so that every dataset has a view on screen that needs it.
  await page.goto('/?compare=lz-petrochemical,jiuquan');
  return uncaught;
}

for (const file of DATASETS) {
  for (const [kind, body, problem] of [
    ['malformed', '{"this is": not json', '不是有效的 JSON'],
    ['missing', null, '文件不存在（HTTP 404）'],
  ] as const) {
    test(`${file} ${kind}: the views that need it name the file and the problem, the others keep working`, async ({
      page,
    }) => {
      const uncaught = await openWith(page, file, body);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('甘肃省高等职业教育质量年度报告');
      await panelsSettled(page);
      for (const { name, needs, works } of PANELS) {
        const panel = page.getByRole('region', { name });
        if (needs.includes(file)) {
          await expect(panel.getByRole('alert').filter({ hasText: file }).first()).toContainText(problem);
        } else {
          await expect(works(panel), `${name} works without ${file}`).toBeVisible();
          await expect(panel.getByRole('alert'), `${name} has no error`).toHaveCount(0);
        }
      }
      expect(uncaught).toEqual([]);
    });
  }
}

test('markup inside data stays text: a prefecture or school name with tags is shown literally, never parsed', async ({
  page,
}) => {
  const prefectures = JSON.parse(readFileSync('public/data/prefectures.json', 'utf8'));
  prefectures.prefectures[0].shortZh = '<img src=x onerror="window.__xss=1">兰州';
  const schools = JSON.parse(readFileSync('public/data/schools.json', 'utf8'));
  schools.schools[0].nameZh = '<b id="injected">石化</b>';
  await page.route('**/data/prefectures.json', (r) =>
    r.fulfill({ contentType: 'application/json', body: JSON.stringify(prefectures) }),
  );
  await page.route('**/data/schools.json', (r) =>
    r.fulfill({ contentType: 'application/json', body: JSON.stringify(schools) }),
  );
  await page.goto('/');
  await mapDrawn(page);
  await expect(page.locator('select[data-filter="prefecture"] option').nth(1)).toHaveText(
    '<img src=x onerror="window.__xss=1">兰州',
  );
  await expect(page.locator('.prefecture-label').first()).toContainText('<img src=x');
  await expect(page.getByRole('region', { name: '全省概况' })).toContainText('294,013');
  await expect(page.locator('img[src="x"], #injected')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test('the Content-Security-Policy allows no other origin, in the header and in the page', async ({ request }) => {
  const response = await request.get('/');
  const header = response.headers()['content-security-policy'] ?? '';
  expect(header).toContain("default-src 'self'");
  expect(header).toContain("connect-src 'self'");
  expect(header).not.toMatch(/https?:/);
  expect(await response.text()).toContain('http-equiv="Content-Security-Policy"');
});
