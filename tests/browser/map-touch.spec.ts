import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, mapDrawn, PHONE, search, TABLET, test } from './fixtures';

const mapPanel = (page: Page) => page.locator('#map');
const filters = (page: Page) => page.getByRole('region', { name: /^(筛选|Filters)$/ });

/** A box on screen, for checks of what covers what. */
async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
}

/** The middle of the map's canvas (the Leaflet region), in the viewport. */
async function mapCentre(page: Page) {
  const b = await box(page.getByRole('region', { name: /^(甘肃省各市（州）地图|Map of Gansu prefectures)/ }));
  return { x: Math.round(b.x + b.width / 2), y: Math.round(b.y + b.height / 2) };
}

const DEVICES = [
  { name: 'a 390 px phone', use: PHONE },
  { name: 'a 768 px tablet', use: TABLET },
];

for (const device of DEVICES) {
  test.describe(`the map on ${device.name}`, () => {
    test.use(device.use);

    test('lives in the page: no sideways scroll, and its touch-action lets the page scroll', async ({
      page,
      watched,
    }) => {
      await page.goto('/');
      await mapDrawn(page);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
      ).toBe(true);
      const touchAction = await page
        .locator('[data-prefecture="lanzhou"]')
        .evaluate((el) => getComputedStyle(el.closest('.leaflet-container') ?? el).touchAction);
      expect(touchAction).toMatch(/pan-y|auto/);
      expect(watched.foreignRequests).toEqual([]);
    });

    test('one finger over the map scrolls the page, and does not move the map', async ({ page }) => {
      await page.goto('/');
      await mapDrawn(page);
      await mapPanel(page).scrollIntoViewIfNeeded();
      const before = await page.evaluate(() => window.scrollY);
      // Where 酒泉市 is inside the map, read in one go (the page may still be gliding).
      const inMap = () =>
        page.locator('[data-prefecture="jiuquan"]').evaluate((path) => {
          const p = path.getBoundingClientRect();
          const m = path.closest('.leaflet-container')!.getBoundingClientRect();
          return { x: p.x - m.x, y: p.y - m.y };
        });
      const jiuquanBefore = await inMap();
      const at = await mapCentre(page);
      // A real one-finger swipe upwards through the browser's input pipeline (Playwright has no swipe).
      const cdp = await page.context().newCDPSession(page);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', dy = 0) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints: type === 'touchEnd' ? [] : [{ x: at.x, y: at.y - dy }],
        });
      await touch('touchStart');
      for (let step = 1; step <= 10; step++) await touch('touchMove', step * 20);
      await touch('touchEnd');
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
      // The map moved with the page, not inside it: 酒泉市 is where it was in the map.
      expect(await inMap()).toEqual(jiuquanBefore);
    });

    test('two fingers zoom the map, not the page', async ({ page }) => {
      await page.goto('/');
      await mapDrawn(page);
      await mapPanel(page).scrollIntoViewIfNeeded();
      const width = (await box(page.locator('[data-prefecture="lanzhou"]'))).width;
      const at = await mapCentre(page);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.synthesizePinchGesture', { x: at.x, y: at.y, scaleFactor: 2, gestureSourceType: 'touch' });
      await expect
        .poll(async () => (await box(page.locator('[data-prefecture="lanzhou"]'))).width)
        .toBeGreaterThan(width * 1.4);
      expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
    });

    test('a tap on 酒泉市 filters by it and zooms to it; a second tap clears it', async ({ page }) => {
      await page.goto('/');
      await mapDrawn(page);
      const jiuquan = page.locator('[data-prefecture="jiuquan"]');
      const before = await box(jiuquan);
      await jiuquan.tap();
      await expect(page).toHaveURL(/\?prefecture=jiuquan$/);
      await expect(filters(page).getByRole('listitem').filter({ hasText: '酒泉市' })).toBeVisible();
      await expect.poll(async () => (await box(jiuquan)).width).toBeGreaterThan(before.width * 1.5);
      await jiuquan.tap();
      await expect(jiuquan).toHaveAttribute('aria-pressed', 'false');
      await expect.poll(() => search(page)).toBe('');
      await expect.poll(async () => (await box(jiuquan)).width).toBeLessThan(before.width * 1.1);
    });

    test('a tap on a school marker opens a popup on screen: its profile, or the comparison', async ({ page }) => {
      await page.goto('/?prefecture=lanzhou');
      await mapDrawn(page);
      const marker = page.locator('[data-school="lz-vocational"]');
      // Zoomed to 兰州市, the markers are apart: each has a target of at least 24 × 24 px.
      await expect.poll(async () => (await box(marker)).width).toBeGreaterThanOrEqual(24);
      await marker.tap();
      const popup = page.getByRole('dialog', { name: '兰州职业技术学院' });
      await expect(popup).toBeVisible();
      const b = await box(popup);
      const viewport = page.viewportSize()!;
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(viewport.width);
      await popup.getByRole('button', { name: '加入对比' }).tap();
      await expect(page).toHaveURL(/compare=lz-vocational/);
      await popup.getByRole('button', { name: '查看学校概况' }).tap();
      await expect(page).toHaveURL(/school=lz-vocational/);
      await expect(popup).toBeHidden();
    });

    test('a tooltip stays on screen, even with 兰州市’s long list of schools', async ({ page }) => {
      await page.goto('/');
      await mapDrawn(page);
      await page.locator('[data-prefecture="lanzhou"]').focus();
      const tooltip = mapPanel(page).getByText(/^学校：/);
      await expect(tooltip).toBeVisible();
      const b = await box(tooltip.locator('..'));
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    });

    test('the zoom buttons pass under the sticky filter bar, never over it', async ({ page }) => {
      await page.goto('/');
      await mapDrawn(page);
      const zoomIn = page.getByRole('button', { name: '放大' });
      // First far enough that the bar sticks to the top, then until the button sits just under its lower edge.
      await zoomIn.scrollIntoViewIfNeeded();
      const bar = await box(filters(page));
      const control = await box(zoomIn);
      await page.evaluate((dy) => window.scrollBy(0, dy), control.y - (bar.y + bar.height) + control.height / 2);
      const under = await box(zoomIn);
      const covering = await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.closest('.filter-bar') !== null,
        { x: under.x + under.width / 2, y: under.y + 2 },
      );
      expect(covering).toBe(true);
    });

    test('has no serious or critical accessibility violation, with a school’s popup open', async ({ page }) => {
      await page.goto('/?prefecture=lanzhou');
      await mapDrawn(page);
      await page.locator('[data-school="lz-vocational"]').tap();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await seriousViolations(page, '#map')).toEqual([]);
    });
  });
}

test.describe('the map in English on a phone', () => {
  test.use(PHONE);

  test('has no Chinese: prefecture names, units, sources and the popup are English', async ({ page }) => {
    await page.goto('/?lang=en&prefecture=lanzhou');
    await mapDrawn(page);
    const marker = page.locator('[data-school="lz-vocational"]');
    await expect.poll(async () => (await box(marker)).width).toBeGreaterThanOrEqual(24);
    await marker.tap();
    await expect(page.getByRole('dialog', { name: 'Lanzhou Vocational Technical College' })).toBeVisible();
    await expect(page.locator('[data-prefecture="lanzhou"]')).toHaveAttribute(
      'aria-label',
      /^Lanzhou: [\d,]+ students, /,
    );
    const text = await mapPanel(page).evaluate((panel) => {
      const copy = panel.cloneNode(true) as HTMLElement;
      // The shared export menu is checked where it is made.
      copy.querySelectorAll('.export-menu').forEach((menu) => menu.remove());
      const labels = [...panel.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label'));
      return `${copy.innerText}\n${labels.join('\n')}`;
    });
    expect(text).toContain('Jiuquan');
    expect(text).not.toMatch(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/);
  });
});

test('prints a drawn map with its legend and the table of prefectures', async ({ page }) => {
  await page.goto('/?prefecture=jiuquan');
  await mapDrawn(page);
  await page.emulateMedia({ media: 'print' });
  await expect(mapPanel(page).locator('[data-map-static] svg')).toBeVisible();
  await expect(mapPanel(page).locator('.leaflet-container')).toHaveCount(0);
  const file = join(tmpdir(), `map-print-${process.pid}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('各市（州）分布：在校生人数');
  for (const name of ['兰州市', '酒泉市', '天水市', '甘南州']) expect(text).toContain(name);
  // 酒泉市's share of the province, not of the one school in view; the header names its base.
  expect(text).toMatch(/酒泉市\s+12,997\s+4\.4%\s+100%/);
  expect(text.replace(/\s+/g, '')).toContain('占全省（合计294,013人）');
});
