import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chartWidthAt } from '../../src/features/report-charts/PrerenderedBars';

// The page's HTML carries the first view, rendered at build time (scripts/prerender-plugin.mjs):
// it paints before any script has run, and the app then takes its place without moving anything.

/** A page of the same size with scripts off: what the browser paints from the HTML alone. */
async function htmlOnly(browser: Browser, width: number) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto('/');
  return { page, close: () => context.close() };
}

type Boxes = Record<string, [number, number, number, number]>;

/**
 * Each prefecture's box, by id, from the map panel's corner (with scripts off a notice above the
 * page moves everything down; with them on, as readers have it, the notice is never shown).
 */
const boxes = (page: Page, attribute: string): Promise<Boxes> =>
  page.locator(`[${attribute}]`).evaluateAll((paths, name): Boxes => {
    const panel = document.querySelector('#map')?.getBoundingClientRect() ?? { x: 0, y: 0 };
    const byId: Boxes = {};
    for (const p of paths) {
      const r = p.getBoundingClientRect();
      byId[p.getAttribute(name) ?? ''] = [r.x - panel.x, r.y - panel.y, r.width, r.height];
    }
    return byId;
  }, attribute);

test('without scripts the page shows the headline, the map and the per-school bars', async ({ browser }) => {
  const { page, close } = await htmlOnly(browser, 1440);
  // Said above the page when scripts are off (Playwright's text search skips <noscript>).
  await expect(page.locator('noscript .noscript-note')).toBeVisible();
  await expect(page.locator('noscript .noscript-note')).toContainText('本看板需要启用 JavaScript 才能筛选、对比和导出');
  await expect(page.getByRole('region', { name: '全省概况' })).toContainText('294,013');
  await expect(page.getByRole('img', { name: /^甘肃省各市（州）地图/ })).toBeVisible();
  await expect(page.locator('[data-picture-prefecture]')).toHaveCount(14);
  const bars = page.locator('figure[data-chart="per-school"] [data-bars-variant]:visible');
  await expect(bars).toHaveCount(1);
  await expect(bars.locator('svg')).toContainText('兰州石化职业技术大学');
  // The picture of the app does not respond: the app, a moment later, does.
  await expect(page.locator('[data-prerender]')).toHaveAttribute('inert', '');
  await close();
});

for (const width of [390, 768, 1440]) {
  test(`at ${width} px the app's map takes the picture's place within 3 px, and the bars their width`, async ({
    browser,
    page,
    watched,
  }) => {
    const html = await htmlOnly(browser, width);
    const picture = await boxes(html.page, 'data-picture-prefecture');
    const variant = await html.page
      .locator('figure[data-chart="per-school"] [data-bars-variant]:visible svg')
      .evaluate((svg) => svg.getBoundingClientRect().width);
    await html.close();

    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await expect(page.locator('[data-prefecture]')).toHaveCount(14);
    await expect(page.locator('[data-map-picture]')).toHaveCount(0);
    const live = await boxes(page, 'data-prefecture');
    expect(Object.keys(live).sort()).toEqual(Object.keys(picture).sort());
    // Leaflet thins each path by up to a pixel (smoothFactor), the picture by half a unit.
    for (const [id, box] of Object.entries(live))
      box.forEach((v, i) => expect(Math.abs(v - picture[id]![i]!), `${id} [${i}]`).toBeLessThanOrEqual(3));
    // The bars were drawn for the chart's width as the grid lays it out, shown at the width drawn now.
    const drawn = await page
      .locator('figure[data-chart="per-school"] .school-bars svg')
      .evaluate((svg) => svg.getBoundingClientRect().width);
    expect(Math.abs(chartWidthAt(width) - drawn)).toBeLessThanOrEqual(2);
    expect(Math.abs(variant - drawn)).toBeLessThanOrEqual(2);
    expect(watched.consoleErrors).toEqual([]);
  });
}

test('an address with a query keeps the default view out of sight until the app has drawn its own', async ({
  browser,
}) => {
  // A page of its own: the fixture's page waits for the app on every load, and here it is held back.
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // The app's script held back: only the HTML and its guard have run.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/?lang=en&prefecture=jiuquan', { waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveAttribute('data-prerender-stale', '');
  await expect(page.locator('[data-prerender]')).toBeHidden();
  release();
  await expect(page.locator('[data-prerender]')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await expect(page.getByRole('region', { name: 'Filters' }).locator('output')).toContainText('1 of 29 schools');
  expect(errors).toEqual([]);
  await page.close();
});
