import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { everyPanelLoaded, expect, PHONE, TABLET, test } from './fixtures';
import { PANELS as ALL_PANELS } from '../panels';
import { seriousViolations } from './axe';

/** Every panel must be on the page at every width, the glossary too. */
const PANELS = [...ALL_PANELS, '术语'];

const DEVICES = [
  { name: 'a 390 px phone', ...PHONE },
  { name: 'a 768 px tablet', ...TABLET },
];

/** Visible controls smaller than 24×24 CSS px (WCAG 2.5.8); links inside running text are exempt. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>('button, select, input, [role="tab"], summary');
    const small: string[] = [];
    for (const el of controls) {
      // A checkbox or radio button is tapped through its label as well: the label is the target.
      const label = el instanceof HTMLInputElement && /checkbox|radio/.test(el.type) ? el.labels?.[0] : undefined;
      const box = (label ?? el).getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || style.visibility === 'hidden' || el.closest('[hidden], .leaflet-control-attribution'))
        continue;
      if (box.width < 24 || box.height < 24)
        small.push(
          `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
    }
    return small;
  });
}

/** Text drawn smaller than 12 CSS px: each element whose own text shows. */
async function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim()) continue;
      const box = parent.getBoundingClientRect();
      if (box.width === 0 || parent.closest('[hidden], .sr-only, .print-only')) continue;
      if (parseFloat(getComputedStyle(parent).fontSize) < 12)
        small.add(`${parent.tagName.toLowerCase()} "${node.textContent.trim().slice(0, 30)}"`);
    }
    return [...small].slice(0, 30);
  });
}

for (const device of DEVICES) {
  const { name, ...options } = device;
  test.describe(`on ${name}`, () => {
    test.use(options);

    for (const [view, address] of [
      ['the default view', '/'],
      ['a two-school comparison', '/?compare=lz-petrochemical,jiuquan'],
    ] as const) {
      test(`${view}: every panel, no sideways scroll, text ≥ 12 px, targets ≥ 24 px, no serious axe violation`, async ({
        page,
      }) => {
        await page.goto(address);
        await everyPanelLoaded(page);
        for (const panel of PANELS) await expect(page.getByRole('region', { name: panel, exact: true })).toBeAttached();
        const width = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect(width.scroll).toBeLessThanOrEqual(width.client);
        expect(await smallText(page)).toEqual([]);
        expect(await smallTargets(page)).toEqual([]);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}

test('the printed page has the title, the filters, the address and the date, the compared schools, and no control', async ({
  page,
}) => {
  await page.goto('/?prefecture=jiuquan&compare=lz-petrochemical,jiuquan');
  await everyPanelLoaded(page);
  // The print dialog is not there to close in a test: printing is what page.pdf does.
  await page.evaluate(() => {
    window.print = () => {};
  });
  await page.getByRole('button', { name: '打印', exact: true }).click();
  await page.emulateMedia({ media: 'print' });
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const shown of [
      '甘肃省高等职业教育质量年度报告（2023）',
      '筛选：酒泉市',
      'prefecture=jiuquan',
      '兰州石化职业技术大学',
      '酒泉职业技术学院',
    ])
      expect(text, shown).toContain(shown.replace(/\s+/g, ''));
    expect(text).toMatch(/打印日期：\d{4}/);
    for (const control of ['加入对比', '导出：', 'PNG', 'SVG', 'English', '复制链接', '清空对比'])
      expect(text, control).not.toContain(control);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
