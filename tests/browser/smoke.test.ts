import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { openWatched } from './page';

let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('the built dashboard', () => {
  it('loads with no console error, stays on its origin and shows the province headline', async () => {
    const { page, consoleErrors, foreignRequests } = await openWatched(browser.context, inject('baseUrl'));
    const headline = page.getByRole('region', { name: '全省概况' });
    await headline.getByText('294,013').waitFor();
    expect(await headline.textContent()).toContain('110,025');
    expect(await headline.textContent()).toContain('94,358');
    expect(await headline.textContent()).toContain('来源：表1');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });
});
