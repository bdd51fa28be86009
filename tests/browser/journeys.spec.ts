import type { Page } from '@playwright/test';
import { downloadOf, pngInk, pngSize } from './downloads';
import { expect, mapDrawn, schoolsLeft, search, tabTo, test } from './fixtures';

const LANZHOU_SCHOOLS = 14;

/** A chart's table view, opened; its rows include the header row. */
async function tableOf(page: Page, chart: string) {
  const figure = page.locator(`figure[data-chart="${chart}"]`);
  await figure.getByRole('button', { name: '表格' }).click();
  return figure.getByRole('table');
}

async function expectSchoolRows(page: Page, chart: string, schools: number) {
  const table = await tableOf(page, chart);
  await expect(table.getByRole('row')).toHaveCount(schools + 1);
  await page.locator(`figure[data-chart="${chart}"]`).getByRole('button', { name: '图表' }).click();
}

test('an official’s journey with the mouse: narrows by map and tier, sees every view follow, compares, exports, shares, switches language', async ({
  page,
  watched,
}) => {
  await page.goto('/');
  await mapDrawn(page);
  // The middle of 兰州市 is full of school markers: click the prefecture itself.
  await page.locator('[data-prefecture="lanzhou"]').dispatchEvent('click');
  await expect(schoolsLeft(page)).toHaveText(`${LANZHOU_SCHOOLS} 所学校（共 29 所）`);
  // Every per-school chart now holds only 兰州市's schools.
  await expectSchoolRows(page, 'per-school', LANZHOU_SCHOOLS);
  await page.getByRole('tab', { name: '资源与专业' }).click();
  await expectSchoolRows(page, 'online-resources', LANZHOU_SCHOOLS);
  await expectSchoolRows(page, 'new-majors', LANZHOU_SCHOOLS);
  await page.getByRole('tab', { name: '分校规模' }).click();
  await expect(page.locator('[data-school]')).toHaveCount(LANZHOU_SCHOOLS);

  await page.locator('select[data-filter="tier"]').selectOption('junior-college');
  await expectSchoolRows(page, 'per-school', 12);
  await expect(page.getByRole('region', { name: '全省概况' })).toContainText('12 所');

  // Compare: the + at a chart bar's end (the first, longest one), then a map marker.
  await page
    .locator('figure[data-chart="per-school"]')
    .getByRole('button', { name: /^加入对比：/ })
    .first()
    .click();
  await expect(page).toHaveURL(/compare=[a-z-]+$/);
  await page.locator('[data-school="lz-vocational"]').click();
  await page.getByRole('dialog', { name: '兰州职业技术学院' }).getByRole('button', { name: '加入对比' }).click();
  await expect(page).toHaveURL(/compare=[a-z-]+,lz-vocational/);
  const comparison = page.getByRole('region', { name: '学校对比' });
  await expect(comparison.getByRole('table', { name: '学校对比：各项指标' })).toBeVisible();

  // Export a chart, from its 导出 menu.
  await page.getByRole('button', { name: '导出：各校在校生人数', exact: true }).click();
  const { name, bytes } = await downloadOf(page, () =>
    page.getByRole('button', { name: /^导出 PNG 图片：各校在校生人数/ }).click(),
  );
  expect(name).toBe('甘肃高职-各校在校生人数-兰州市-专科层次-2023.png');
  expect(pngSize(bytes).width).toBe(2400);
  // The chart itself is in the image, not only its title and source.
  expect((await pngInk(page, bytes)).inked).toBeGreaterThan(0.05);

  // Share: the same address in a fresh page opens the same view.
  const second = await page.context().newPage();
  await second.goto(page.url());
  await expect(schoolsLeft(second)).toHaveText('12 所学校（共 29 所）');
  await expect(
    second.getByRole('region', { name: '学校对比' }).getByRole('table', { name: '学校对比：各项指标' }),
  ).toBeVisible();
  await second.close();

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Dashboard');
  await expect(schoolsLeft(page)).toHaveText('12 of 29 schools');
  await expect.poll(() => search(page)).toContain('lang=en');
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);
});

test('a comparison survives a reload: picks two schools, reads their figures and differences, reloads and finds the same', async ({
  page,
}) => {
  await page.goto('/');
  // The comparison is below the fold: it is drawn when the reader scrolls down to it.
  await page.locator('#compare').scrollIntoViewIfNeeded();
  const picker = page.getByRole('combobox', { name: /搜索学校/ });
  await picker.fill('兰州石化职业技术学院');
  await picker.press('Enter');
  await picker.fill('酒泉职业技术学院');
  await picker.press('Enter');
  const students = page.getByRole('table', { name: '学校对比：各项指标' }).getByRole('row', { name: /^在校生人数/ });
  for (const value of ['25,688', '12,997', '-12,691']) await expect(students).toContainText(value);
  await expect(page).toHaveURL(/\?compare=lz-petrochemical,jiuquan$/);
  const before = await students.textContent();
  await page.reload();
  await expect(students).toHaveText(before ?? '');
});

test('the same journey with the keyboard only: filters, selects a prefecture, compares, exports and switches language', async ({
  page,
  watched,
}) => {
  await page.goto('/');
  await mapDrawn(page);
  // Start from the title, as a keyboard user does after the page has loaded; the header's controls
  // come first, then the filter bar.
  await page.bringToFront();
  await page.locator('h1').evaluate((h) => {
    h.setAttribute('tabindex', '-1');
    (h as HTMLElement).focus();
  });
  await tabTo(page, page.getByRole('button', { name: 'Switch to English' }));
  await tabTo(page, page.locator('select[data-filter="tier"]'), 4);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/\?tier=junior-college$/);

  await page.locator('[data-prefecture="tianshui"]').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?prefecture=tianshui&tier=junior-college$/);
  await expect(schoolsLeft(page)).toHaveText('3 所学校（共 29 所）');

  const picker = page.getByRole('combobox', { name: /搜索学校/ });
  await picker.focus();
  await page.keyboard.type('甘肃林业职业技术学院');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Gansu Mechanical');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/compare=gs-forestry,gs-mechatronics/);

  await page.getByRole('button', { name: '导出：各校在校生人数', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /^导出 CSV 数据.*各校在校生人数/ }).focus();
  const { name, bytes } = await downloadOf(page, () => page.keyboard.press('Enter'));
  expect(name).toBe('甘肃高职-各校在校生人数-天水市-专科层次-2023.csv');
  const text = bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.split('\r\n').filter((l) => l.length > 0);
  // Title, scope, source, then the header and one row per school in view.
  expect(lines.slice(lines.findIndex((l) => l.startsWith('学校')) + 1)).toHaveLength(3);

  await page.getByRole('button', { name: 'Switch to English' }).focus();
  await page.keyboard.press('Enter');
  await expect(schoolsLeft(page)).toHaveText('3 of 29 schools');
  expect(watched.consoleErrors).toEqual([]);
});
