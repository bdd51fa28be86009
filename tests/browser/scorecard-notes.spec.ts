import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { downloadOf } from './downloads';
import { expect, mapDrawn, search, test } from './fixtures';

interface Row {
  id: string;
  labelZh: string;
}
const appendix = JSON.parse(readFileSync('public/data/appendix.json', 'utf8')) as {
  tables: { id: string; titleZh: string; rows: Row[] }[];
};
const noteIds = (
  JSON.parse(readFileSync('public/data/data-notes.json', 'utf8')) as { notes: { id: string }[] }
).notes.map((n) => n.id);

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/g;
/** Text compared without its white space: PDF text breaks lines where the page did. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

const scorecard = (page: Page) =>
  page.getByRole('region', { name: /^(计分卡（附表1—附表6）|Scorecards \(Appendix tables 1–6\))$/ });
const notesPanel = (page: Page) =>
  page.getByRole('region', {
    name: /^(数据说明：报告中的不一致之处|Data notes: where the report contradicts itself)$/,
  });

/** The scorecard waits until the reader comes near it: go there, as a reader does. */
async function openScorecard(page: Page, address = '/'): Promise<void> {
  await page.goto(address);
  await mapDrawn(page);
  await page.locator('#scorecard').scrollIntoViewIfNeeded();
  await expect(scorecard(page).locator('[data-chart="scorecard-key"]')).toBeVisible();
}

/** A file's text, read by poppler's own tool. */
function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-pdf-'));
  try {
    const file = join(dir, 'file.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Opens a view's 导出 menu and clicks one of its buttons. */
async function exportButton(page: Page, viewId: string, label: RegExp) {
  const menu = page.locator(`[data-export-menu="${viewId}"]`);
  await menu.getByRole('button', { name: /^导出：/ }).click();
  return menu.getByRole('button', { name: label });
}

test('the key figures export as a PDF whose text has its title and figures', async ({ page, watched }) => {
  await openScorecard(page);
  const { name, bytes } = await downloadOf(page, async () =>
    (await exportButton(page, 'scorecard-key', /^导出 PDF 文档/)).click(),
  );
  expect(name).toBe('甘肃高职-计分卡关键指标-全省-2023.pdf');
  const text = squeeze(pdfText(bytes));
  expect(text).toContain('计分卡关键指标（附表1—附表6）');
  expect(text).toContain('91.38');
  expect(text).toContain('287,383');
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);
});

test('an appendix table exports as slides with a native table holding every row', async ({ page }) => {
  await openScorecard(page);
  await scorecard(page).getByRole('button', { name: '全部展开' }).click();
  for (const table of appendix.tables.filter((t) => t.id === '附表1' || t.id === '附表3')) {
    const viewId = `scorecard-appendix-${table.id.slice(-1)}`;
    const { name, bytes } = await downloadOf(page, async () =>
      (await exportButton(page, viewId, /^导出单页 PPTX/)).click(),
    );
    expect(name).toBe(`甘肃高职-${table.id}${table.titleZh}-全省-2023.pptx`);
    const zip = await JSZip.loadAsync(bytes);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    const xml = await Promise.all(slides.map((f) => zip.file(f)!.async('string')));
    expect(xml.every((x) => x.includes('<a:tbl>'))).toBe(true);
    // Every row once, on the first slide or a continued one, under a repeated header row.
    const bodyRows = xml.reduce((n, x) => n + (x.match(/<a:tr /g) ?? []).length - 1, 0);
    expect(bodyRows).toBe(table.rows.length);
    const cells = squeeze(xml.join('').replace(/<[^>]+>/g, ' '));
    for (const row of table.rows) expect(cells, row.id).toContain(squeeze(row.labelZh));
    if (table.id === '附表1') expect(slides).toHaveLength(1);
    await page.keyboard.press('Escape');
  }
});

test('in English the scorecard and the data notes have no Chinese on screen', async ({ page }) => {
  await openScorecard(page, '/?lang=en');
  await scorecard(page).getByRole('button', { name: 'Expand all' }).click();
  await expect(scorecard(page).locator('details.appendix-table[open]')).toHaveCount(6);
  await expect(scorecard(page)).toContainText('¥24,284,600');
  expect((await scorecard(page).innerText()).match(CJK)).toBeNull();
  // Every note open (as on paper), so that all their values and explanations are read too.
  await page.emulateMedia({ media: 'print' });
  const notes = notesPanel(page);
  await expect(notes.locator('details.data-note:not([open])')).toHaveCount(0);
  await expect(notes.locator('details.data-note[open]')).toHaveCount(noteIds.length);
  expect((await notes.innerText()).match(CJK)).toBeNull();
});

test('the address opens a data note and scrolls to it; a reload keeps it; a ※ mark opens another', async ({ page }) => {
  const id = 'sino-foreign-students';
  expect(noteIds).toContain(id);
  await page.goto(`/?note=${id}`);
  const note = page.locator(`#data-note-${id}`);
  for (const run of ['opened', 'reloaded']) {
    await expect(note, run).toHaveAttribute('open', '');
    await expect(note.locator('summary'), run).toBeInViewport();
    await expect.poll(() => search(page)).toBe(`?note=${id}`);
    if (run === 'opened') await page.reload();
  }
  await note.locator('summary').click();
  await expect(note).not.toHaveAttribute('open', '');
  await expect.poll(() => search(page)).toBe('');

  await page.locator('#scorecard').scrollIntoViewIfNeeded();
  const mark = scorecard(page)
    .locator('[data-figure="附表6/full-time-students"]')
    .getByRole('link', { name: /^数据说明：/ })
    .first();
  const target = (await mark.getAttribute('href'))?.replace('#data-note-', '') ?? '';
  await mark.click();
  await expect(page.locator(`#data-note-${target}`)).toHaveAttribute('open', '');
  await expect(page).toHaveURL(new RegExp(`\\?note=${target}`));
});

test('the scorecard’s 表3 link asks for the report charts’ 办学条件 tab and brings the charts into view', async ({
  page,
}) => {
  await openScorecard(page);
  await scorecard(page)
    .getByRole('link', { name: /见报告图表的“办学条件”/ })
    .click();
  await expect(page).toHaveURL(/\?tab=conditions$/);
  await expect(page.locator('#charts').getByRole('tablist')).toBeInViewport();
});

test('drops a note the data does not have, with the notice', async ({ page }) => {
  await page.goto('/?note=no-such-note&prefecture=jiuquan');
  await expect(page.getByRole('status').filter({ hasText: 'note=no-such-note' })).toBeVisible();
  await expect(page).toHaveURL(/\?prefecture=jiuquan$/);
});

test('on paper every appendix table is open, every row printed', async ({ page }) => {
  await openScorecard(page);
  await page.emulateMedia({ media: 'print' });
  await expect(scorecard(page).locator('details.appendix-table[open]')).toHaveCount(6);
  const text = squeeze(pdfText(await page.pdf({ format: 'A4' })));
  for (const table of appendix.tables) {
    expect(text).toContain(squeeze(`${table.id} ${table.titleZh}`));
    for (const row of table.rows) expect(text, `${table.id}/${row.id}`).toContain(squeeze(row.labelZh));
  }
  // The notes print open too, each with its explanation.
  await expect(notesPanel(page).locator('details.data-note:not([open])')).toHaveCount(0);
});
