import { test as base, expect, type Locator, type Page } from '@playwright/test';

export { expect };

export interface Watched {
  /** Console errors and uncaught exceptions, in the order they happened. */
  consoleErrors: string[];
  /** Every request that left the app's origin (the app must make none). */
  foreignRequests: string[];
}

/**
 * Playwright's own fixtures (a fresh context and page per test), plus a record of what went wrong
 * on the page. Tests that expect failures (bad input) do not ask for it.
 */
/**
 * Until the app has rendered, the page shows its first view as HTML rendered at build time (inert:
 * nothing in it responds). A test acts on the app, as a reader does a moment later: loading the
 * page waits for the app to have replaced that HTML.
 */
export async function appRendered(page: Page): Promise<void> {
  await page.locator('#root > [data-prerender]').waitFor({ state: 'detached' });
}

export const test = base.extend<{ watched: Watched }>({
  page: async ({ page }, provide) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await appRendered(page);
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await appRendered(page);
      return response;
    };
    await provide(page);
  },
  // The second argument is named `provide`, not `use`: React's hook rules would take it for a hook.
  watched: async ({ page, baseURL }, provide) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
    const watched: Watched = { consoleErrors: [], foreignRequests: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') watched.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => watched.consoleErrors.push(`uncaught: ${error.message}`));
    page.on('request', (request) => {
      const target = request.url();
      if (!target.startsWith(origin) && !target.startsWith('data:') && !target.startsWith('blob:'))
        watched.foreignRequests.push(target);
    });
    await provide(watched);
  },
});

/** A phone as officials hold one: 390×844, touch, a 3× screen. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };
/** A tablet upright: 768×1024, touch. */
export const TABLET = { viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** The address's query string, for comparing with what the app wrote. */
export const search = (page: Page) => new URL(page.url()).search;

/** The line that says how many schools the filters leave. */
export const schoolsLeft = (page: Page) => page.getByRole('region', { name: /^(筛选|Filters)$/ }).locator('output');

/** Waits until the map has drawn its 14 prefectures: the first view is there. */
export async function mapDrawn(page: Page): Promise<void> {
  await expect(page.locator('[data-prefecture]')).toHaveCount(14);
}

/**
 * Brings every panel that is still loading into view (panels below the fold may wait until they
 * are near) and waits until none is loading.
 */
export async function panelsSettled(page: Page): Promise<void> {
  const loading = page.getByRole('status').filter({ hasText: /^(正在加载|Loading)/ });
  await expect(async () => {
    for (const placeholder of await loading.all())
      await placeholder.scrollIntoViewIfNeeded({ timeout: 1000 }).catch(() => {
        /* replaced by its panel meanwhile */
      });
    await expect(loading).toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The first view is drawn and every panel below it has loaded. */
export async function everyPanelLoaded(page: Page): Promise<void> {
  await mapDrawn(page);
  await panelsSettled(page);
}

/** Presses Tab until the target has the focus, as a keyboard user does; fails after `most` presses. */
export async function tabTo(page: Page, target: Locator, most = 8): Promise<void> {
  for (let press = 0; press < most; press++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  await expect(target).toBeFocused();
}
