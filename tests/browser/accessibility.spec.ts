import { seriousViolations } from './axe';
import { everyPanelLoaded, expect, mapDrawn, test } from './fixtures';

for (const [view, address] of [
  ['the default view', '/'],
  ['a filtered view in English', '/?prefecture=lanzhou&tier=junior-college&lang=en'],
  ['a comparison', '/?compare=lz-petrochemical,jiuquan'],
] as const) {
  test(`${view} has no serious or critical accessibility violation (axe-core)`, async ({ page }) => {
    await page.goto(address);
    await everyPanelLoaded(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('shows where the keyboard focus is', async ({ page }) => {
  await page.goto('/');
  await mapDrawn(page);
  await page.bringToFront();
  await page.locator('h1').evaluate((h) => {
    h.setAttribute('tabindex', '-1');
    (h as HTMLElement).focus();
  });
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveCount(1);
  const outline = await focused.evaluate((el) => {
    const style = getComputedStyle(el);
    return { tag: el.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.tag).not.toBe('BODY');
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});
