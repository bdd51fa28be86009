import { expect, mapDrawn, schoolsLeft, search, test } from './fixtures';

test.describe('the prefecture map as the main filter', () => {
  test('a click selects a prefecture for every view and the URL; a second click clears it', async ({
    page,
    watched,
  }) => {
    await page.goto('/');
    const jiuquan = page.locator('[data-prefecture="jiuquan"]');
    await jiuquan.click();
    await expect(page).toHaveURL(/\/\?prefecture=jiuquan$/);
    await expect(schoolsLeft(page)).toHaveText('1 所学校（共 29 所）');
    await expect(jiuquan).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('region', { name: '全省概况' })).toContainText('12,997');
    await jiuquan.click();
    await expect(schoolsLeft(page)).toHaveText('29 所学校（共 29 所）');
    await expect(jiuquan).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => search(page)).toBe('');
    expect(watched.consoleErrors).toEqual([]);
  });

  test('is usable from the keyboard: Enter selects, Escape clears, names carry the value', async ({ page }) => {
    await page.goto('/');
    const dingxi = page.locator('[data-prefecture="dingxi"]');
    await expect(dingxi).toHaveAttribute('tabindex', '0');
    await expect(dingxi).toHaveAttribute('aria-label', /^定西市：681 人/);
    await dingxi.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?prefecture=dingxi$/);
    await expect(schoolsLeft(page)).toHaveText('1 所学校（共 29 所）');
    await page.keyboard.press('Escape');
    await expect(schoolsLeft(page)).toHaveText('29 所学校（共 29 所）');
    await expect.poll(() => search(page)).toBe('');
  });

  test('draws 甘南州, which has no school, apart from the low values', async ({ page }) => {
    await page.goto('/');
    const gannan = page.locator('[data-prefecture="gannan"]');
    await expect(gannan).toHaveAttribute('aria-label', '甘南州：无高职院校');
    await expect(gannan).toHaveAttribute('stroke-dasharray', '4 3');
  });

  test('puts one marker per school in view; a marker opens its popup, which compares it or opens its profile', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('[data-school]')).toHaveCount(29);
    await page.locator('[data-school="jiuquan"]').click();
    const popup = page.getByRole('dialog', { name: '酒泉职业技术学院' });
    await popup.getByRole('button', { name: '加入对比' }).click();
    await expect(page).toHaveURL(/\?compare=jiuquan$/);
    await popup.getByRole('button', { name: '查看学校概况' }).click();
    await expect(page).toHaveURL(/\?compare=jiuquan&school=jiuquan$|\?school=jiuquan&compare=jiuquan$/);
    await expect(popup).toBeHidden();
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
  });

  test('a selected prefecture is zoomed to, and the map zooms back out when it is cleared', async ({ page }) => {
    await page.goto('/');
    await mapDrawn(page);
    const jiuquan = page.locator('[data-prefecture="jiuquan"]');
    const whole = (await jiuquan.boundingBox())!.width;
    await page.locator('select[data-filter="prefecture"]').selectOption({ label: '酒泉市' });
    await expect.poll(async () => (await jiuquan.boundingBox())!.width).toBeGreaterThan(whole * 1.3);
    // Esc from the page (a focused select keeps its own Esc).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/$/);
    await expect.poll(async () => (await jiuquan.boundingBox())!.width).toBeLessThan(whole * 1.05);
  });
});

test.describe('shareable URLs', () => {
  test('a reloaded link reopens the same view, in the same language', async ({ page, watched }) => {
    await page.goto('/?prefecture=lanzhou&tier=junior-college&ownership=private&lang=en');
    await mapDrawn(page);
    await page.reload();
    await expect(schoolsLeft(page)).toHaveText('2 of 29 schools');
    await expect(page.getByRole('region', { name: 'Province at a glance' })).toBeVisible();
    await expect(page.locator('[data-prefecture="lanzhou"]')).toHaveAttribute('aria-pressed', 'true');
    expect(watched.consoleErrors).toEqual([]);
  });

  test('back and forward step through filter changes', async ({ page }) => {
    await page.goto('/');
    await mapDrawn(page);
    await page.locator('select[data-filter="tier"]').selectOption('undergraduate');
    await expect(page).toHaveURL(/\?tier=undergraduate$/);
    await page.locator('select[data-filter="ownership"]').selectOption('public');
    await expect(page).toHaveURL(/\?tier=undergraduate&ownership=public$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?tier=undergraduate$/);
    await expect(page.locator('select[data-filter="ownership"]')).toHaveValue('');
    await expect(schoolsLeft(page)).toHaveText('2 所学校（共 29 所）');
    await page.goForward();
    await expect(page.locator('select[data-filter="ownership"]')).toHaveValue('public');
  });

  test('drops junk parameters with a visible notice and never shows a blank page', async ({ page, watched }) => {
    await page.goto('/?prefecture=%3Cimg%20src%3Dx%3E&compare=nope,jiuquan&metric=;drop&x=1');
    const notice = page.getByRole('status').filter({ hasText: '已忽略' });
    await expect(notice).toContainText('prefecture=<img src=x>');
    await expect(notice).toContainText('metric=;drop');
    await expect(page).toHaveURL(/\?compare=jiuquan$/);
    await expect(schoolsLeft(page)).toHaveText('29 所学校（共 29 所）');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await mapDrawn(page);
    expect(watched.consoleErrors).toEqual([]);
  });
});
