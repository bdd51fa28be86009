import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { downloadOf, pngSize, pdfText, squeeze, withFile } from './downloads';
import { expect, mapDrawn, test } from './fixtures';

const schools = (
  JSON.parse(readFileSync('public/data/schools.json', 'utf8')) as { schools: { id: string; nameZh: string }[] }
).schools;

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/g;

const charts = (page: Page) => page.getByRole('region', { name: /^(报告图表|Report charts)$/ });
const perSchool = (page: Page) => page.locator('figure[data-chart="per-school"]');

/** Opens the per-school chart's 导出 menu, sets the image size, and downloads one format. */
async function exportPerSchool(page: Page, format: RegExp, size = '2x') {
  const menu = page.locator('[data-export-menu="per-school"]');
  const toggle = menu.locator('button[aria-expanded]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await menu.getByRole('combobox').selectOption(size);
  return downloadOf(page, () => menu.getByRole('button', { name: format }).click());
}

/**
 * Where a PNG's chart reaches across: in the band between title and footer (a quarter to three
 * quarters of its height), the share of its width from the first to the last column with ink.
 */
async function inkSpan(page: Page, bytes: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const top = Math.floor(canvas.height * 0.25);
    const band = ctx.getImageData(0, top, canvas.width, Math.floor(canvas.height * 0.5));
    let first = -1;
    let last = -1;
    for (let x = 0; x < band.width; x++) {
      for (let y = 0; y < band.height; y += 2) {
        const i = (y * band.width + x) * 4;
        if (band.data[i]! < 235 || band.data[i + 1]! < 235 || band.data[i + 2]! < 235) {
          if (first < 0) first = x;
          last = x;
          break;
        }
      }
    }
    return first < 0 ? 0 : (last - first + 1) / band.width;
  }, bytes.toString('base64'));
}

test('the address opens the chart tab it names, also after a reload', async ({ page, watched }) => {
  await page.goto('/?tab=students');
  const tab = charts(page).getByRole('tab', { name: '生源与去向' });
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(charts(page).getByRole('figure', { name: /毕业生去向/ })).toBeVisible();
  await page.reload();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(charts(page).getByRole('figure', { name: /毕业生去向/ })).toBeVisible();
  await charts(page).getByRole('tab', { name: '办学条件' }).click();
  await expect(page).toHaveURL(/\?tab=conditions$/);
  expect(watched.consoleErrors).toEqual([]);
});

test('a table toggle and 显示全部 are in the address and survive a reload', async ({ page }) => {
  await page.goto('/');
  await mapDrawn(page);
  const bars = perSchool(page).getByRole('button', { name: /，查看学校概况$/ });
  await expect(bars).toHaveCount(15);
  await perSchool(page).getByRole('button', { name: '显示全部 29 所' }).click();
  await expect(bars).toHaveCount(29);
  await perSchool(page).getByRole('button', { name: '表格' }).click();
  await expect(page).toHaveURL(/table=per-school/);
  await expect(page).toHaveURL(/all=per-school/);
  await page.reload();
  await expect(perSchool(page).getByRole('table').getByRole('row')).toHaveCount(30);
  await perSchool(page).getByRole('button', { name: '图表' }).click();
  await expect(bars).toHaveCount(29);
});

test('a bar opens its school’s profile, and its + adds the school to the comparison', async ({ page }) => {
  await page.goto('/');
  await mapDrawn(page);
  await perSchool(page)
    .getByRole('button', { name: /^酒泉职业技术学院 .*，查看学校概况$/ })
    .click();
  await expect(page).toHaveURL(/school=jiuquan/);
  await expect(page.locator('[data-profile="jiuquan"]')).toBeInViewport();
  await perSchool(page).getByRole('button', { name: '加入对比：兰州石化职业技术大学' }).click();
  await expect(page).toHaveURL(/compare=lz-petrochemical/);
  await expect(perSchool(page).getByRole('button', { name: '加入对比：兰州石化职业技术大学' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('the per-school chart’s slide PNG fills the slide: chart ink across at least 70% of its width', async ({
  page,
}) => {
  await page.goto('/');
  await mapDrawn(page);
  const { name, bytes } = await exportPerSchool(page, /^导出 PNG 图片/, 'slide');
  expect(name).toBe('甘肃高职-各校在校生人数-全省-2023.png');
  expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
  expect(await inkSpan(page, bytes)).toBeGreaterThanOrEqual(0.7);
});

test('its SVG is vector text that librsvg draws: no foreignObject, the title and a school name in the PDF', async ({
  page,
}) => {
  await page.goto('/');
  await mapDrawn(page);
  const { bytes } = await exportPerSchool(page, /^导出 SVG 矢量图/);
  const svg = bytes.toString('utf8');
  expect(svg).not.toContain('foreignObject');
  const text = withFile('chart.svg', bytes, (file, dir) => {
    const pdf = join(dir, 'chart.pdf');
    execFileSync('rsvg-convert', ['-f', 'pdf', '-o', pdf, file]);
    return squeeze(pdfText(pdf));
  });
  expect(text).toContain('各校在校生人数');
  expect(text).toContain('兰州石化职业技术大学');
  expect(text).toContain('25,688');
});

test('its PDF has the title and the school names as text', async ({ page }) => {
  await page.goto('/');
  await mapDrawn(page);
  const { name, bytes } = await exportPerSchool(page, /^导出 PDF 文档/);
  expect(name.endsWith('.pdf')).toBe(true);
  const text = squeeze(withFile('chart.pdf', bytes, pdfText));
  expect(text).toContain('各校在校生人数');
  for (const school of ['兰州石化职业技术大学', '酒泉职业技术学院']) expect(text).toContain(school);
});

test('its PPTX holds a native chart that LibreOffice draws with its title, Chinese labels and unit', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await mapDrawn(page);
  const { bytes } = await exportPerSchool(page, /^导出单页 PPTX/);
  const zip = await JSZip.loadAsync(bytes);
  const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
  expect(charts).toHaveLength(1);
  const chart = await zip.file(charts[0]!)!.async('string');
  expect(chart).toContain('<c:barChart>');
  expect(chart).toContain('兰州石化职业技术大学');
  const text = withFile('deck.pptx', bytes, (file, dir) => {
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 100_000 });
    return squeeze(pdfText(join(dir, 'deck.pdf')));
  });
  expect(text).toContain('各校在校生人数');
  expect(text).toContain('兰州石化职业技术大学');
  expect(text).toContain('单位：人');
});

test('printing ?tab=resources prints every chart of that tab, every school, and no control', async ({ page }) => {
  await page.goto('/?tab=resources');
  await mapDrawn(page);
  await page.emulateMedia({ media: 'print' });
  await expect(charts(page).locator('figure[data-chart]')).toHaveCount(2);
  const printed = squeeze(withFile('page.pdf', await page.pdf({ format: 'A4' }), pdfText));
  // The charts panel's part of the page: from its heading to the next panel's.
  const text = printed.slice(printed.indexOf('报告图表'), printed.indexOf('计分卡（附表1—附表6）'));
  expect(text).toContain(squeeze('各校主持省级精品在线开放课程数量（表6）'));
  expect(text).toContain(squeeze('各校2023年新增专业数（表16）'));
  // Every school in both charts, not the top 15.
  for (const school of schools) expect(text.split(school.nameZh).length - 1, school.nameZh).toBeGreaterThanOrEqual(2);
  for (const control of ['显示全部', '加入对比', '导出', '表格', '指标（按此排序）'])
    expect(text).not.toContain(control);
});

test('in English the chart panel has no Chinese on screen, and an exported PNG has an ASCII name', async ({ page }) => {
  await page.goto('/?lang=en');
  await mapDrawn(page);
  for (const tab of [
    'Schools',
    'Composition',
    'Intake & destinations',
    'Basic conditions',
    'Teachers & training',
    'Resources & majors',
    'Contests & lifelong learning',
  ]) {
    await charts(page).getByRole('tab', { name: tab }).click();
    await expect(charts(page).locator('figure[data-chart] .chart-body svg').first()).toBeVisible();
    expect((await charts(page).innerText()).match(CJK), tab).toBeNull();
  }
  await charts(page).getByRole('tab', { name: 'Schools' }).click();
  const { name } = await exportPerSchool(page, /^Export PNG image/);
  expect(name).toBe('Gansu-HVE-enrolled-students-by-school-province-2023.png');
  expect(name).toMatch(/^[\x20-\x7e]+$/);
});
