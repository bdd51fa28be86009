import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { openWatched } from './page';
import { downloadOf, pngInk, pngSize } from './downloads';

let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  ({ page } = await openWatched(browser.context, `${inject('baseUrl')}?prefecture=jiuquan`));
  await page.locator('[data-prefecture]').first().waitFor();
});
afterAll(async () => {
  await browser.close();
});

const mapButton = (format: string) => page.getByRole('button', { name: new RegExp(`^导出 ${format}.*各市（州）分布`) });

describe('exports', () => {
  it('a 2× PNG of the map has the requested size and is not blank, with a name that says what it holds', async () => {
    const { name, bytes } = await downloadOf(page, () => mapButton('PNG').click());
    expect(name).toBe('甘肃高职-在校生人数-地图-酒泉市-2023.png');
    const size = pngSize(bytes);
    expect(size.width).toBe(2400);
    expect(size.height).toBeGreaterThan(800);
    const ink = await pngInk(page, bytes);
    expect(ink.colours).toBeGreaterThan(20);
    expect(ink.inked).toBeGreaterThan(0.05);
  });

  it('a slide-size PNG is 1920×1080', async () => {
    await page.getByRole('combobox', { name: 'PNG 尺寸' }).first().selectOption('slide');
    const { bytes } = await downloadOf(page, () => mapButton('PNG').click());
    expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
  });

  it('an SVG parses and carries the title, the filters, the source and the schematic-map note', async () => {
    const { bytes } = await downloadOf(page, () => mapButton('SVG').click());
    const text = bytes.toString('utf8');
    expect(text.startsWith('<svg')).toBe(true);
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

  it('CSV starts with the BOM and has one row per prefecture, with its source', async () => {
    const { bytes } = await downloadOf(page, () => mapButton('CSV').click());
    const text = bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[2]).toContain('表2');
    const header = lines.findIndex((l) => l.startsWith('市（州）'));
    expect(lines.slice(header + 1).filter((l) => l.length > 0)).toHaveLength(14);
  });

  it('the whole-data CSV has one row per school, not-reported cells left empty', async () => {
    const { bytes } = await downloadOf(page, () => page.getByRole('button', { name: '导出全部学校数据 CSV' }).click());
    const lines = bytes
      .toString('utf8')
      .slice(1)
      .split('\r\n')
      .filter((l) => l.length > 0);
    const header = lines.findIndex((l) => l.startsWith('学校'));
    const rows = lines.slice(header + 1);
    expect(rows).toHaveLength(29);
    const dingxi = rows.find((r) => r.startsWith('定西职业技术学院'));
    expect(dingxi).toMatch(/^定西职业技术学院,定西市,681,0,0,,,,,,,$/);
  });

  it('an XLSX is a valid workbook with a data sheet and a source sheet', async () => {
    const { bytes } = await downloadOf(page, () =>
      page.getByRole('button', { name: '导出全部学校数据 XLSX（Excel）' }).click(),
    );
    const zip = await JSZip.loadAsync(bytes);
    const workbook = await zip.file('xl/workbook.xml')?.async('string');
    expect(workbook).toContain('数据');
    expect(workbook).toContain('来源');
  });

  it('a presentation pack is a valid PPTX with one slide per chosen view', async () => {
    const boxes = page.locator('#export input[type="checkbox"]');
    const chosen = Math.min(2, await boxes.count());
    expect(chosen).toBeGreaterThan(0);
    for (let i = 0; i < chosen; i++) await boxes.nth(i).check();
    const { name, bytes } = await downloadOf(page, () =>
      page.getByRole('button', { name: new RegExp(`生成 PPTX（${chosen} 页）`) }).click(),
    );
    expect(name.endsWith('.pptx')).toBe(true);
    const zip = await JSZip.loadAsync(bytes);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(chosen);
    expect(await zip.file('ppt/slides/slide1.xml')?.async('string')).toContain('<a:t>');
  });
});
