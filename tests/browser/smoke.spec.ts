import { expect, test } from './fixtures';

test('the built dashboard loads with no console error, stays on its origin and shows the province headline', async ({
  page,
  watched,
}) => {
  await page.goto('/');
  const headline = page.getByRole('region', { name: '全省概况' });
  await expect(headline).toContainText('294,013');
  await expect(headline).toContainText('110,025');
  await expect(headline).toContainText('94,358');
  await expect(headline).toContainText('来源：表1');
  await expect(page.locator('[data-prefecture]')).toHaveCount(14);
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);
});
