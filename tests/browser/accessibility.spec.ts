import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { everyPanelLoaded, expect, mapDrawn, test } from './fixtures';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core over the whole page; evaluate() runs outside the page's CSP. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }
    ).axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

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
