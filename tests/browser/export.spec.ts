import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { downloadOf, pngInk, pngSize } from './downloads';
import { expect, mapDrawn, test } from './fixtures';

const MAP = '各市（州）分布：在校生人数';

/** One of the map's export buttons, its 导出 menu opened first where the view has one. */
async function mapButton(page: Page, label: string) {
  const toggle = page.getByRole('button', { name: `导出：${MAP}`, exact: true });
  if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return page.getByRole('button', { name: `${label}：${MAP}` });
}

// Every test opens its own page on 酒泉市, as a user who has chosen it would.
test.beforeEach(async ({ page }) => {
  await page.goto('/?prefecture=jiuquan');
  await mapDrawn(page);
});

test('a 2× PNG of the map has the requested size and is not blank, with a name that says what it holds', async ({
  page,
}) => {
  const { name, bytes } = await downloadOf(page, async () => (await mapButton(page, '导出 PNG 图片')).click());
  expect(name).toBe('甘肃高职-在校生人数-地图-酒泉市-2023.png');
  const size = pngSize(bytes);
  expect(size.width).toBe(2400);
  expect(size.height).toBeGreaterThan(800);
  const ink = await pngInk(page, bytes);
  expect(ink.colours).toBeGreaterThan(20);
  expect(ink.inked).toBeGreaterThan(0.05);
});

test('a slide-size PNG is 1920×1080', async ({ page }) => {
  await mapButton(page, '导出 PNG 图片');
  await page
    .getByRole('combobox', { name: /^PNG 尺寸/ })
    .first()
    .selectOption('slide');
  const { bytes } = await downloadOf(page, async () => (await mapButton(page, '导出 PNG 图片')).click());
  expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
});

test('an SVG parses and carries the title, the filters, the source and the schematic-map note', async ({ page }) => {
  const { bytes } = await downloadOf(page, async () => (await mapButton(page, '导出 SVG 矢量图')).click());
  const text = bytes.toString('utf8');
  expect(text).toMatch(/^(<\?xml[^>]*\?>\s*)?<svg/);
  const parsed = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      text: doc.documentElement.textContent ?? '',
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.text).toContain('各市（州）分布：在校生人数');
  expect(parsed.text).toContain('酒泉市');
  expect(parsed.text).toContain('来源：《甘肃省高等职业教育质量年度报告（2023）》表2');
  expect(parsed.text).toContain('示意图');
});

test('CSV starts with the BOM and has one row per prefecture, with its source', async ({ page }) => {
  const { bytes } = await downloadOf(page, async () =>
    (await mapButton(page, '导出 CSV 数据（Excel 可直接打开）')).click(),
  );
  const text = bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).split('\r\n');
  expect(lines[2]).toContain('表2');
  const header = lines.findIndex((l) => l.startsWith('市（州）'));
  expect(lines.slice(header + 1).filter((l) => l.length > 0)).toHaveLength(14);
});

test('the whole-data CSV has one row per school, not-reported cells left empty', async ({ page }) => {
  // The export panel is below the fold: it is drawn when the reader scrolls down to it.
  await page.locator('#export').scrollIntoViewIfNeeded();
  const { bytes } = await downloadOf(page, () => page.getByRole('button', { name: '导出全部学校数据 CSV' }).click());
  const lines = bytes
    .toString('utf8')
    .slice(1)
    .split('\r\n')
    .filter((l) => l.length > 0);
  const header = lines.findIndex((l) => l.startsWith('学校'));
  const rows = lines.slice(header + 1);
  expect(rows).toHaveLength(29);
  expect(rows.find((r) => r.startsWith('定西职业技术学院'))).toMatch(/^定西职业技术学院,定西市,681,0,0,,,,,,,$/);
});

test('an XLSX is a valid workbook with a data sheet and a source sheet', async ({ page }) => {
  await page.locator('#export').scrollIntoViewIfNeeded();
  const { bytes } = await downloadOf(page, () =>
    page.getByRole('button', { name: '导出全部学校数据 XLSX（Excel）' }).click(),
  );
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  expect(workbook).toContain('数据');
  expect(workbook).toContain('来源');
});

test('a presentation pack is a valid PPTX with the views chosen, in the slides the panel announces', async ({
  page,
}) => {
  await page.locator('#export').scrollIntoViewIfNeeded();
  const pack = page.getByRole('region', { name: '导出与演示文稿' });
  await pack.scrollIntoViewIfNeeded();
  // The deck keeps a snapshot of each view as added: the same view under two filters is two views.
  const add = pack.getByRole('button', { name: /^加入演示文稿：各市（州）分布/ });
  await add.click();
  await page.locator('select[data-filter="prefecture"]').selectOption({ label: '兰州市' });
  await add.click();
  const deck = pack.getByRole('list', { name: '演示文稿（2 个视图）' });
  await expect(deck.getByRole('listitem')).toHaveCount(2);
  await expect(deck.getByRole('listitem').nth(0)).toContainText('酒泉市');
  await expect(deck.getByRole('listitem').nth(1)).toContainText('兰州市');
  const { name, bytes } = await downloadOf(page, () =>
    pack.getByRole('button', { name: '生成 PPTX（2 个视图）' }).click(),
  );
  expect(name.endsWith('.pptx')).toBe(true);
  const done = pack.getByText(/^已生成 .*：2 个视图，共 \d+ 页幻灯片。$/);
  await expect(done).toBeVisible();
  const announced = Number(/共 (\d+) 页/.exec((await done.textContent()) ?? '')?.[1]);
  const zip = await JSZip.loadAsync(bytes);
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  expect(slides.length).toBeGreaterThanOrEqual(2);
  expect(slides).toHaveLength(announced);
  expect(await zip.file('ppt/slides/slide1.xml')?.async('string')).toContain('<a:t>');
});
