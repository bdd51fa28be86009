import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { downloadOf } from './downloads';
import { expect, mapDrawn, search, test, PHONE } from './fixtures';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/g;

const profilePanel = (page: Page) => page.getByRole('region', { name: /^(学校概况|School profile)$/ });
const profileOf = (page: Page, name: string) =>
  profilePanel(page).getByRole('article', { name: new RegExp(`^${name}`) });

/** A PDF's text and page count, read by poppler's own tools. */
function readPdf(bytes: Buffer): { text: string; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'profile-pdf-'));
  try {
    const file = join(dir, 'file.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return { text, pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test.describe('a school profile', () => {
  test('is found by name, shows its figures with tied ranks and its cases, and survives a reload', async ({
    page,
    watched,
  }) => {
    await page.goto('/');
    await mapDrawn(page);
    // The panel is below the fold: it is drawn when the reader scrolls down to it.
    await page.locator('#profile').scrollIntoViewIfNeeded();
    const box = profilePanel(page).getByRole('combobox', { name: '查找学校' });
    await box.fill('酒泉职业技术学院');
    await box.press('Enter');
    await expect(page).toHaveURL(/\?school=jiuquan$/);
    for (const run of ['searched', 'reloaded']) {
      const profile = profileOf(page, '酒泉职业技术学院');
      const figures = profile.getByRole('table', { name: '各项指标' });
      await expect(figures.getByRole('row', { name: /^在校生人数/ }), run).toContainText('12,997');
      await expect(figures.getByRole('row', { name: /^招生数（2022级）/ })).toContainText('4,442');
      await expect(figures.getByRole('row', { name: /^毕业生数（2023届）/ })).toContainText('4,635');
      await expect(figures.getByRole('row', { name: /^主持国家级教学资源库数量/ })).toContainText(
        '全省并列第 1/28（4 所）',
      );
      const cases = profile.getByRole('region', { name: '典型案例' });
      for (const id of ['案例03', '案例09', '案例16']) await expect(cases.getByText(id, { exact: true })).toBeVisible();
      if (run === 'searched') await page.reload();
    }
    await expect.poll(() => search(page)).toBe('?school=jiuquan');
    // Opened from the address, the profile is scrolled into view.
    await expect(profileOf(page, '酒泉职业技术学院').getByRole('heading', { level: 3 })).toBeInViewport();
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });

  test('drops an unknown school from the address with the notice', async ({ page }) => {
    await page.goto('/?school=hogwarts&prefecture=jiuquan');
    await expect(page.getByRole('status').filter({ hasText: '已忽略' })).toContainText('school=hogwarts');
    await expect(page).toHaveURL(/\?prefecture=jiuquan$/);
    await expect(profilePanel(page).getByRole('article')).toHaveCount(0);
  });

  test('is all English in English: not one Chinese character in the panel', async ({ page }) => {
    await page.goto('/?school=jiuquan&lang=en');
    const profile = profileOf(page, 'Jiuquan Vocational and Technical College');
    await expect(profile.getByRole('table', { name: 'Every figure' })).toContainText(
      'joint #1 of 28 in the province (4 schools)',
    );
    const text = await profilePanel(page).innerText();
    expect(text.match(CJK)).toBeNull();
  });

  test('exports a one-page PDF fact sheet whose text names the school', async ({ page }) => {
    await page.goto('/?school=jiuquan');
    const profile = profileOf(page, '酒泉职业技术学院');
    await profile.getByRole('button', { name: '导出：学校概况：酒泉职业技术学院' }).click();
    const { name, bytes } = await downloadOf(page, () =>
      profile.getByRole('button', { name: '导出 PDF 文档：学校概况：酒泉职业技术学院' }).click(),
    );
    expect(name).toBe('甘肃高职-学校概况-酒泉职业技术学院-2023.pdf');
    const pdf = readPdf(bytes);
    expect(pdf.pages).toBe(1);
    const text = pdf.text.replace(/\s+/g, '');
    expect(text).toContain('学校概况：酒泉职业技术学院');
    expect(text).toContain('12,997');
    expect(text).toContain('全省并列第1/28（4所）');
    expect(text).toContain('案例16');
  });

  test('exports every figure, list entry and case as CSV, numbers raw', async ({ page }) => {
    await page.goto('/?school=jiuquan');
    const profile = profileOf(page, '酒泉职业技术学院');
    await profile.getByRole('button', { name: '导出：学校概况：酒泉职业技术学院' }).click();
    const { name, bytes } = await downloadOf(page, () =>
      profile.getByRole('button', { name: /^导出 CSV.*学校概况：酒泉职业技术学院$/ }).click(),
    );
    expect(name).toBe('甘肃高职-学校概况-酒泉职业技术学院-2023.csv');
    const text = bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.split('\r\n');
    expect(lines).toContain('指标,在校生人数,12997,全省第 6/29,同类第 3/10,9961,10367,4.42,表2 · 第6页');
    expect(lines.filter((l) => l.startsWith('案例,'))).toHaveLength(4);
    expect(lines.some((l) => l.startsWith('名单,') && l.includes('冈比亚'))).toBe(true);
  });

  test('prints alone on at most two A4 pages, with no control on paper', async ({ page }) => {
    await page.goto('/?school=jiuquan');
    const profile = profileOf(page, '酒泉职业技术学院');
    await expect(profile).toBeVisible();
    // The browser's print dialog is not there to close in a test: printing is what page.pdf does.
    await page.evaluate(() => {
      window.print = () => {};
    });
    await profile.getByRole('button', { name: '打印概况' }).click();
    await page.emulateMedia({ media: 'print' });
    const pdf = readPdf(await page.pdf({ format: 'A4', printBackground: true }));
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    const text = pdf.text.replace(/\s+/g, '');
    expect(text).toContain('酒泉职业技术学院');
    expect(text).toContain('12,997');
    for (const control of ['查看概况', '与同类学校对比', '关闭概况', '导出', '加入对比', 'English'])
      expect(text).not.toContain(control);
    // The other panels are left off.
    expect(text).not.toContain('各市（州）分布');
  });

  test('fits a 390 px phone without sideways scrolling', async ({ browser }) => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto('/?school=jiuquan');
    await expect(profileOf(page, '酒泉职业技术学院').getByRole('table', { name: '各项指标' })).toBeVisible();
    const width = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(width.scroll).toBeLessThanOrEqual(width.client);
    await context.close();
  });
});
