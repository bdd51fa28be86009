import { everyPanelLoaded, expect, test } from './fixtures';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g;
/** What may stay Chinese on an English page: the language switch, and the report's own title. */
const ALLOWED = ['简体中文', '甘肃省高等职业教育质量年度报告（2023）'];

test('in English the whole page — every panel, an open profile and a comparison — has no Chinese but the language switch and the report’s title', async ({
  page,
}) => {
  await page.goto('/?lang=en&school=jiuquan&compare=lz-petrochemical,jiuquan&benchmark=province,peers');
  await everyPanelLoaded(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await expect(page.getByRole('region', { name: 'School comparison', exact: true })).toBeVisible();
  await expect(page.locator('[data-profile="jiuquan"]')).toBeVisible();
  let text = await page.locator('body').innerText();
  for (const allowed of ALLOWED) text = text.split(allowed).join('');
  expect(text.match(CJK) ?? []).toEqual([]);
});
