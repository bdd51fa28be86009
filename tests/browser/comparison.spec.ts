import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { downloadOf, pngInk, pngSize, pdfText, squeeze, withFile } from './downloads';
import { expect, search, test, PHONE } from './fixtures';

const schools = (
  JSON.parse(readFileSync('public/data/schools.json', 'utf8')) as { schools: { id: string; nameZh: string }[] }
).schools;
const metrics = (
  JSON.parse(readFileSync('public/data/school-figures.json', 'utf8')) as { metrics: { labelZh: string }[] }
).metrics;
/** Every figure the comparison shows, in order: the metrics as printed, then the two ratios of 表2. */
const MEASURES = [...metrics.map((m) => m.labelZh), '招生数与在校生之比', '毕业生数与在校生之比'];
const FOUR = ['lz-petrochemical', 'jiuquan', 'dingxi', 'gs-health'];
const nameOf = (id: string) => schools.find((s) => s.id === id)?.nameZh ?? id;

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/g;

const comparison = (page: Page) => page.getByRole('region', { name: /^(学校对比|School comparison)$/ });
const figuresTable = (page: Page) => comparison(page).getByRole('table', { name: '学校对比：各项指标' });

const pdfPages = (file: string) =>
  Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);

/** Opens a view's export menu and downloads one of its formats. */
async function exported(page: Page, view: string, format: RegExp) {
  const menu = page.locator(`[data-export-menu="${view}"]`);
  const toggle = menu.getByRole('button', { name: /^(导出：|Export: )/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return downloadOf(page, () => menu.getByRole('button', { name: format }).click());
}

test.describe('the school comparison', () => {
  test('four schools and both benchmarks: every school and every figure in the table, the SVG, the PNG, the PDF and the slides', async ({
    page,
    watched,
  }) => {
    test.slow();
    await page.goto(`/?compare=${FOUR.join(',')}&benchmark=province,peers`);
    const table = figuresTable(page);
    await expect(table.getByRole('row')).toHaveCount(MEASURES.length + 1);
    for (const id of FOUR)
      await expect(table.getByRole('columnheader', { name: `查看概况：${nameOf(id)}` })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: /^全省中位数/ })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: /^同类中位数/ })).toContainText('同类 2 所：本科层次·理工类');

    const svg = await exported(page, 'comparison-table', /^导出 SVG/);
    expect(svg.name).toBe(`甘肃高职-学校对比-${FOUR.map(nameOf).join('、')}、全省中位数、同类中位数-2023.svg`);
    const source = svg.bytes.toString('utf8');
    expect(source).not.toContain('foreignObject');
    const svgText = squeeze(
      withFile('table.svg', svg.bytes, (file, dir) => {
        const pdf = join(dir, 'table.pdf');
        execFileSync('rsvg-convert', ['-f', 'pdf', '-o', pdf, file]);
        return pdfText(pdf);
      }),
    );
    for (const id of FOUR) expect(svgText).toContain(nameOf(id));
    for (const measure of MEASURES) expect(svgText, measure).toContain(squeeze(measure));
    for (const text of ['全省中位数', '同类中位数', '比较', '·与兰州石化职业技术大学之差', '全省并列第1/28（4所）'])
      expect(svgText).toContain(text);

    // The PNG is that SVG rasterised: the same drawing, at twice the size.
    const png = await exported(page, 'comparison-table', /^导出 PNG/);
    const size = pngSize(png.bytes);
    const [, width = '0', height = '0'] = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(source) ?? [];
    expect(size.width).toBe(Number(width) * 2);
    expect(Math.abs(size.height - Number(height) * 2)).toBeLessThanOrEqual(2);
    expect((await pngInk(page, png.bytes)).inked).toBeGreaterThan(0.03);

    // On A4 the table continues over pages, the header repeated: every figure is on one of them.
    const pdf = await exported(page, 'comparison-table', /^导出 PDF/);
    withFile('table.pdf', pdf.bytes, (file) => {
      expect(pdfPages(file)).toBeGreaterThan(1);
      const text = squeeze(pdfText(file));
      for (const measure of MEASURES) expect(text, measure).toContain(squeeze(measure).slice(0, 6));
      for (const id of FOUR) expect(text).toContain(nameOf(id).slice(0, 4));
    });

    const pptx = await exported(page, 'comparison-table', /^导出单页 PPTX/);
    const zip = await JSZip.loadAsync(pptx.bytes);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides.length).toBeGreaterThan(1);
    const xml = await Promise.all(slides.map((f) => zip.file(f)!.async('string')));
    expect(xml.every((x) => x.includes('<a:tbl>'))).toBe(true);
    const cells = squeeze(xml.join('').replace(/<[^>]+>/g, ' '));
    for (const id of FOUR) expect(cells).toContain(nameOf(id));
    for (const measure of MEASURES) expect(cells, measure).toContain(squeeze(measure));
    expect(cells).toContain('同类中位数');
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });

  test('the gap chart exports as a native grouped bar chart: schools against the province median', async ({ page }) => {
    await page.goto(`/?compare=${FOUR.join(',')}&benchmark=peers`);
    await expect(page.locator('figure[data-chart="comparison-gaps"] svg')).toBeVisible();
    const pptx = await exported(page, 'comparison-gaps', /^导出单页 PPTX/);
    const zip = await JSZip.loadAsync(pptx.bytes);
    const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const chart = await zip.file(charts[0]!)!.async('string');
    expect(chart).toContain('<c:barChart>');
    for (const id of FOUR) expect(chart).toContain(nameOf(id));
    expect(chart).toContain('同类中位数');
    expect(chart).toContain('在校生人数');
  });

  test('one school beside its peers’ median: from the address, after a reload, and from the profile', async ({
    page,
  }) => {
    await page.goto('/?compare=jiuquan&benchmark=peers');
    for (const run of ['opened', 'reloaded']) {
      const table = figuresTable(page);
      await expect(table.getByRole('columnheader', { name: /^同类中位数/ }), run).toContainText(
        '同类 10 所：专科层次·综合院校',
      );
      const students = table.getByRole('row', { name: /^在校生人数/ });
      for (const text of ['12,997', '10,367', '全省第 6/29', '同类第 3/10', '高于同类中位数'])
        await expect(students, run).toContainText(text);
      await expect(comparison(page)).toContainText(
        '同类中位数：酒泉职业技术学院的同类（专科层次·综合院校，10 所，含本校）中报告该项者的中位数。',
      );
      if (run === 'opened') await page.reload();
    }
    await expect.poll(() => search(page)).toBe('?compare=jiuquan&benchmark=peers');

    await page.goto('/?school=wuwei');
    await page.getByRole('button', { name: '与同类学校对比' }).click();
    await expect(page).toHaveURL(/compare=wuwei&benchmark=peers|benchmark=peers.*compare=wuwei/);
    // The reader asked to see it: the comparison comes into view.
    await expect(
      comparison(page).getByRole('heading', { name: /^学校对比：武威职业学院和同类中位数/ }),
    ).toBeInViewport();
  });

  test('a school’s column opens its profile', async ({ page }) => {
    await page.goto('/?compare=lz-petrochemical,jiuquan');
    await figuresTable(page).getByRole('link', { name: '查看概况：酒泉职业技术学院' }).click();
    await expect(page).toHaveURL(/school=jiuquan/);
    await expect(page.getByRole('article', { name: /^酒泉职业技术学院/ })).toBeInViewport();
  });

  test('with no school chosen nothing is offered for export, nor listed in the pack', async ({ page }) => {
    await page.goto('/?benchmark=province,peers');
    await expect(comparison(page).getByText(/^请选择要对比的学校/)).toBeVisible();
    await expect(page.locator('[data-export-menu^="comparison"]')).toHaveCount(0);
    // The pack waits below the fold until the reader comes near it.
    await page.locator('#export').scrollIntoViewIfNeeded();
    const pack = page.getByRole('region', { name: '导出与演示文稿' });
    await pack.scrollIntoViewIfNeeded();
    // It offers the views on screen, but no comparison.
    await expect(pack.getByRole('button', { name: /^加入演示文稿：/ }).first()).toBeVisible();
    await expect(pack.getByRole('button', { name: /^加入演示文稿：学校对比/ })).toHaveCount(0);
    await expect(pack).not.toContainText('学校对比：');
  });

  test('on a 390 px phone: one card per school, no sideways scroll, a picker that works by touch', async ({
    browser,
  }) => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto('/?compare=lz-petrochemical,jiuquan&benchmark=province');
    const cards = comparison(page).getByRole('list', { name: '学校对比：各项指标' });
    await expect(cards).toBeVisible();
    await expect(figuresTable(page)).toBeHidden();
    const card = cards.locator('[data-card="jiuquan"]');
    await expect(card.locator('[data-measure]')).toHaveCount(MEASURES.length);
    await expect(card).toContainText('与兰州石化职业技术大学之差：-12,691 · -49.4%');
    await expect(card).toContainText('全省中位数：9,961');
    const width = () =>
      page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
    expect((await width()).scroll).toBeLessThanOrEqual((await width()).client);

    const search = comparison(page).getByRole('combobox', { name: /搜索学校/ });
    await search.tap();
    await search.fill('兰州');
    await comparison(page).getByRole('button', { name: '加入对比', exact: true }).tap();
    await comparison(page).getByRole('button', { name: '加入对比：兰州职业技术学院' }).tap();
    await expect(cards.locator('[data-card]')).toHaveCount(3);
    expect((await width()).scroll).toBeLessThanOrEqual((await width()).client);
    await context.close();
  });

  test('prints a two-school comparison alone on one or two A4 pages, with no control on paper', async ({ page }) => {
    await page.goto('/?compare=lz-petrochemical,jiuquan');
    await expect(figuresTable(page)).toBeVisible();
    // The print dialog is not there to close in a test: printing is what page.pdf does.
    await page.evaluate(() => {
      window.print = () => {};
    });
    await comparison(page).getByRole('button', { name: '打印对比' }).click();
    await page.emulateMedia({ media: 'print' });
    const bytes = await page.pdf({ format: 'A4', printBackground: true });
    withFile('print.pdf', bytes, (file) => {
      const pages = pdfPages(file);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      const text = squeeze(pdfText(file));
      for (const shown of ['兰州石化职业技术大学', '酒泉职业技术学院', '25,688', '12,997', '-12,691', '全省第6/29'])
        expect(text).toContain(shown);
      expect(text).toContain('名单、荣誉与案例');
      expect(text).toContain('相对全省中位数');
      for (const control of [
        '加入对比',
        '搜索学校',
        '交换顺序',
        '清空对比',
        '打印对比',
        '对比基准',
        '导出',
        'PNG',
        'English',
      ])
        expect(text, control).not.toContain(control);
      // The other panels are left off.
      expect(text).not.toContain('全省概况');
    });
  });

  test('in English: no Chinese in the panel, English file names', async ({ page }) => {
    await page.goto(`/?compare=${FOUR.join(',')}&benchmark=province,peers&lang=en`);
    const table = comparison(page).getByRole('table', { name: 'School comparison: every figure' });
    await expect(table.getByRole('columnheader', { name: 'Which is higher' })).toBeVisible();
    await expect(table.getByRole('row', { name: /^Enrolled students/ })).toContainText('#1 of 29 in the province');
    await expect(comparison(page).getByRole('table', { name: 'Lists, recognitions and cases' })).toBeVisible();
    expect((await comparison(page).innerText()).match(CJK)).toBeNull();
    const png = await exported(page, 'comparison-gaps', /^Export PNG/);
    expect(png.name).toBe(
      'Gansu-HVE-school-comparison-against-the-province-median-Lanzhou-Petrochemical-Jiuquan-Dingxi-Gansu-Health-province-median-peer-median-2023.png',
    );
  });
});
