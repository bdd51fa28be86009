import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { openWatched } from './page';
import { downloadOf, pngInk, pngSize } from './downloads';

let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const LANZHOU_SCHOOLS = 14;
const search = (page: Page) => new URL(page.url()).search;

/** Rows of a chart's table view (header excluded). */
async function tableRows(page: Page, chart: string): Promise<string[]> {
  const figure = page.locator(`figure[data-chart="${chart}"]`);
  await figure.getByRole('button', { name: '表格' }).click();
  const rows = await figure.locator('tbody tr').allTextContents();
  await figure.getByRole('button', { name: '图表' }).click();
  return rows;
}

describe('an official’s journey with the mouse', () => {
  it('narrows by map and tier, sees every view follow, compares, exports, shares, switches language', async () => {
    const { page, consoleErrors, foreignRequests } = await openWatched(browser.context, inject('baseUrl'));
    // The middle of 兰州市 is full of school markers: click the prefecture itself.
    await page.locator('[data-prefecture="lanzhou"]').dispatchEvent('click');
    expect(await page.locator('.schools-left').textContent()).toBe(`${LANZHOU_SCHOOLS} 所学校（共 29 所）`);
    // Every per-school chart now holds only 兰州市's schools.
    expect(await tableRows(page, 'per-school-students')).toHaveLength(LANZHOU_SCHOOLS);
    await page.getByRole('tab', { name: '资源与专业' }).click();
    expect(await tableRows(page, 'online-resources-provincial-courses-led')).toHaveLength(LANZHOU_SCHOOLS);
    expect(await tableRows(page, 'new-majors-new-majors')).toHaveLength(LANZHOU_SCHOOLS);
    await page.getByRole('tab', { name: '分校规模' }).click();
    expect(await page.locator('[data-school]').count()).toBe(LANZHOU_SCHOOLS);

    await page.locator('select[data-filter="tier"]').selectOption('junior-college');
    expect(await tableRows(page, 'per-school-students')).toHaveLength(12);
    expect(await page.getByRole('region', { name: '全省概况' }).textContent()).toContain('12 所');

    // Compare: a chart bar, then a map marker.
    await page.locator('figure[data-chart="per-school-students"] .recharts-bar-rectangle').first().click();
    await page.locator('[data-school="lz-vocational"]').click();
    expect(search(page)).toMatch(/compare=[a-z-]+,lz-vocational/);
    const comparison = page.getByRole('region', { name: '学校对比' });
    await comparison.getByRole('table', { name: '学校对比：各项指标' }).waitFor();

    // Export a chart.
    const { name, bytes } = await downloadOf(page, () =>
      page.getByRole('button', { name: /^导出 PNG 图片：各校在校生人数/ }).click(),
    );
    expect(name).toBe('甘肃高职-各校在校生人数-兰州市-专科层次-2023.png');
    expect(pngSize(bytes).width).toBe(2400);
    // The chart itself is in the image, not only its title and source.
    expect((await pngInk(page, bytes)).inked).toBeGreaterThan(0.05);

    // Share: the same address in a fresh page opens the same view.
    const shared = page.url();
    const second = await browser.context.newPage();
    await second.goto(shared, { waitUntil: 'networkidle' });
    expect(await second.locator('.schools-left').textContent()).toBe('12 所学校（共 29 所）');
    await second.getByRole('region', { name: '学校对比' }).getByRole('table', { name: '学校对比：各项指标' }).waitFor();
    await second.close();

    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Dashboard');
    expect(await page.locator('.schools-left').textContent()).toBe('12 of 29 schools');
    expect(search(page)).toContain('lang=en');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });
});

describe('a comparison that survives a reload', () => {
  it('picks two schools, reads their figures and differences, reloads and finds the same comparison', async () => {
    const { page } = await openWatched(browser.context, inject('baseUrl'));
    const picker = page.getByRole('combobox', { name: /搜索学校/ });
    await picker.fill('兰州石化职业技术学院');
    await picker.press('Enter');
    await picker.fill('酒泉职业技术学院');
    await picker.press('Enter');
    const read = async () => {
      const row = page.getByRole('table', { name: '学校对比：各项指标' }).getByRole('row', { name: /^在校生人数/ });
      return row.textContent();
    };
    const before = await read();
    expect(before).toContain('25,688');
    expect(before).toContain('12,997');
    expect(before).toContain('-12,691');
    expect(search(page)).toBe('?compare=lz-petrochemical,jiuquan');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await read()).toBe(before);
    await page.close();
  });
});

describe('the same journey with the keyboard only', () => {
  it('filters, selects a prefecture, compares, exports and switches language without a mouse', async () => {
    const { page, consoleErrors } = await openWatched(browser.context, inject('baseUrl'));
    // Tab order starts at the language switch, then the filter bar. Start from the title, as a
    // keyboard user does after the page has loaded (a busy machine may not have focused it yet).
    await page.bringToFront();
    await page.locator('h1').evaluate((h) => {
      h.setAttribute('tabindex', '-1');
      (h as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Switch to English');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-filter'))).toBe('tier');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(search(page)).toBe('?tier=junior-college');

    await page.locator('[data-prefecture="tianshui"]').focus();
    await page.keyboard.press('Enter');
    expect(search(page)).toBe('?prefecture=tianshui&tier=junior-college');
    expect(await page.locator('.schools-left').textContent()).toBe('3 所学校（共 29 所）');

    const picker = page.getByRole('combobox', { name: /搜索学校/ });
    await picker.focus();
    await page.keyboard.type('甘肃林业职业技术学院');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Gansu Mechanical');
    await page.keyboard.press('Enter');
    expect(search(page)).toContain('compare=gs-forestry,gs-mechatronics');

    const csv = page.getByRole('button', { name: /^导出 CSV 数据.*各校在校生人数/ });
    await csv.focus();
    const { name, bytes } = await downloadOf(page, () => page.keyboard.press('Enter'));
    expect(name).toBe('甘肃高职-各校在校生人数-天水市-专科层次-2023.csv');
    const lines = bytes
      .toString('utf8')
      .split('\r\n')
      .filter((l) => l.length > 0);
    expect(bytes.toString('utf8').charCodeAt(0)).toBe(0xfeff);
    // Title, scope, source, then the header and one row per school in view.
    expect(lines.slice(lines.findIndex((l) => l.startsWith('学校')) + 1)).toHaveLength(3);

    await page.getByRole('button', { name: 'Switch to English' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.schools-left').textContent()).toBe('3 of 29 schools');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
