import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { openWatched } from './page';

let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
let errors: string[];
beforeAll(async () => {
  browser = await launchChromium();
  const watched = await openWatched(browser.context, inject('baseUrl'));
  page = watched.page;
  errors = watched.consoleErrors;
  await page.locator('[data-prefecture]').first().waitFor();
});
afterAll(async () => {
  await browser.close();
});

const schoolsLeft = () => page.locator('.schools-left').textContent();
const search = () => new URL(page.url()).search;

describe('the prefecture map as the main filter', () => {
  it('a click selects a prefecture for every view and the URL; a second click clears it', async () => {
    await page.locator('[data-prefecture="jiuquan"]').click();
    expect(search()).toBe('?prefecture=jiuquan');
    expect(await schoolsLeft()).toBe('1 所学校（共 29 所）');
    expect(await page.locator('[data-prefecture="jiuquan"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('region', { name: '全省概况' }).textContent()).toContain('12,997');
    await page.locator('[data-prefecture="jiuquan"]').click();
    expect(search()).toBe('');
    expect(await schoolsLeft()).toBe('29 所学校（共 29 所）');
  });

  it('is usable from the keyboard: Enter selects, Escape clears, names carry the value', async () => {
    const dingxi = page.locator('[data-prefecture="dingxi"]');
    expect(await dingxi.getAttribute('tabindex')).toBe('0');
    expect(await dingxi.getAttribute('aria-label')).toMatch(/^定西市：681 人/);
    await dingxi.focus();
    await page.keyboard.press('Enter');
    expect(search()).toBe('?prefecture=dingxi');
    expect(await schoolsLeft()).toBe('1 所学校（共 29 所）');
    await page.keyboard.press('Escape');
    expect(search()).toBe('');
  });

  it('draws 甘南州, which has no school, apart from the low values', async () => {
    const gannan = await page.locator('[data-prefecture="gannan"]').getAttribute('aria-label');
    expect(gannan).toBe('甘南州：无高职院校');
    expect(await page.locator('[data-prefecture="gannan"]').getAttribute('stroke-dasharray')).toBe('4 3');
  });

  it('puts one marker per school in view, and a marker click adds the school to the comparison', async () => {
    expect(await page.locator('[data-school]').count()).toBe(29);
    await page.locator('[data-school="jiuquan"]').click();
    expect(search()).toBe('?compare=jiuquan');
    await page.goBack();
    expect(search()).toBe('');
  });
});

describe('shareable URLs', () => {
  it('a reloaded link reopens the same view, in the same language', async () => {
    await page.goto(`${inject('baseUrl')}?prefecture=lanzhou&tier=junior-college&ownership=private&lang=en`);
    await page.locator('[data-prefecture]').first().waitFor();
    await page.reload();
    await page.locator('[data-prefecture]').first().waitFor();
    expect(await schoolsLeft()).toBe('2 of 29 schools');
    expect(await page.getByRole('region', { name: 'Province at a glance' }).isVisible()).toBe(true);
    expect(await page.locator('[data-prefecture="lanzhou"]').getAttribute('aria-pressed')).toBe('true');
  });

  it('back and forward step through filter changes', async () => {
    await page.goto(inject('baseUrl'));
    await page.locator('[data-prefecture]').first().waitFor();
    await page.locator('select[data-filter="tier"]').selectOption('undergraduate');
    await page.locator('select[data-filter="ownership"]').selectOption('public');
    expect(search()).toBe('?tier=undergraduate&ownership=public');
    await page.goBack();
    expect(search()).toBe('?tier=undergraduate');
    expect(await schoolsLeft()).toBe('2 所学校（共 29 所）');
    await page.goForward();
    expect(await page.locator('select[data-filter="ownership"]').inputValue()).toBe('public');
  });

  it('drops junk parameters with a visible notice and never shows a blank page', async () => {
    await page.goto(`${inject('baseUrl')}?prefecture=%3Cimg%20src%3Dx%3E&compare=nope,jiuquan&metric=;drop&x=1`);
    await page.locator('[data-prefecture]').first().waitFor();
    const notice = page.getByRole('status').filter({ hasText: '已忽略' });
    expect(await notice.textContent()).toContain('prefecture=<img src=x>');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(search()).toBe('?compare=jiuquan');
    expect(await schoolsLeft()).toBe('29 所学校（共 29 所）');
  });

  it('raised no console error on the way', () => {
    expect(errors).toEqual([]);
  });
});
