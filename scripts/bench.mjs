// npm run bench: measures the production build in headless Chromium and prints one table.
// Timings are reported, never asserted (the machine's load varies); only the size ceiling is
// enforced, by scripts/first-view-size.mjs in npm test.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { DIST_DIR, launchChromium, startPreview } from './chromium.mjs';
import { dataSize, firstViewSize } from './first-view-size.mjs';
import { floorPage, scaledDatasets } from './bench-data.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4390);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FILTER_CHANGES = Number(process.env.BENCH_FILTER_CHANGES ?? 30);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const ms = (x) => `${x.toFixed(1)} ms`;
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;

// The floor: the same per-school numbers as a static page with no script.
mkdirSync(`${DIST_DIR}/bench`, { recursive: true });
writeFileSync(
  `${DIST_DIR}/bench/floor.html`,
  floorPage(
    JSON.parse(readFileSync(`${DIST_DIR}/data/schools.json`, 'utf8')),
    JSON.parse(readFileSync(`${DIST_DIR}/data/school-figures.json`, 'utf8')),
  ),
);

const server = await startPreview(PORT);
const browser = await launchChromium({ width: 1440, height: 900 });
const rows = [];
const row = (what, value, budget = '') => rows.push({ what, value, budget });

/** Every view has drawn: no panel is loading, the map has its prefectures, every chart has drawn. */
const allPainted = () =>
  document.querySelectorAll('.loading').length === 0 &&
  document.querySelectorAll('[data-prefecture]').length === 14 &&
  [...document.querySelectorAll('figure[data-chart] .chart-body')].every((b) =>
    b.querySelector('svg, table, ul, ol, dl'),
  );

async function timeToPainted(page, url, routeData) {
  if (routeData) await routeData(page);
  const start = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(allPainted, null, { timeout: 60_000, polling: 'raf' });
  return Date.now() - start;
}

async function timeFloor(page) {
  const start = Date.now();
  await page.goto(`${server.url}bench/floor.html`, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  return Date.now() - start;
}

/** From a filter's change event to the frame after React has committed every view. */
async function filterLatencies(page, count) {
  return page.evaluate(async (n) => {
    const select = document.querySelector('select[data-filter="prefecture"]');
    const options = [...select.options].map((o) => o.value);
    const times = [];
    for (let i = 0; i < n; i++) {
      const value = options[(i % (options.length - 1)) + 1];
      const t0 = performance.now();
      select.value = select.value === value ? '' : value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      times.push(performance.now() - t0);
    }
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return times;
  }, count);
}

/** Longest frame while the pointer sweeps across the map. */
async function hoverFrames(page) {
  const box = await page.locator('.map-canvas').boundingBox();
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__frames.length < 400) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  for (let i = 0; i <= 60; i++)
    await page.mouse.move(box.x + (box.width * i) / 60, box.y + box.height * (0.3 + 0.4 * Math.sin(i / 6)));
  const frames = await page.evaluate(() => window.__frames.slice(2));
  return { longest: Math.max(...frames), over50: frames.filter((f) => f > 50).length, count: frames.length };
}

async function timeDownload(page, click) {
  const t0 = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  await download.path();
  return Date.now() - t0;
}

try {
  const first = firstViewSize();
  row('First view JS+CSS (gzip)', kb(first.total), '≤ 260 KB goal, 290 KB ceiling');
  row('Datasets (gzip)', kb(dataSize().total));

  const page = await browser.context.newPage();
  const paint = [];
  const floor = [];
  for (let i = 0; i < RUNS; i++) {
    paint.push(await timeToPainted(page, server.url));
    floor.push(await timeFloor(page));
  }
  await page.goto(server.url);
  await page.waitForFunction(allPainted, null, { polling: 'raf' });
  row('Every view painted (median)', ms(median(paint)), `≤ 3× floor = ${ms(3 * median(floor))}`);
  row('Static floor page (median)', ms(median(floor)));

  const latencies = await filterLatencies(page, FILTER_CHANGES);
  row('Filter change → all views updated (median)', ms(median(latencies)), '≤ 50 ms');
  row('Filter change (p95)', ms(p95(latencies)));

  const hover = await hoverFrames(page);
  row('Map hover: longest frame', ms(hover.longest), `${hover.over50} of ${hover.count} frames over 50 ms`);

  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
  row('JS heap after load', `${(heap / 1024 / 1024).toFixed(1)} MB`, '≤ 60 MB');

  const pngTimes = [];
  const pngButton = page.locator('button[aria-label^="导出 PNG"]').first();
  for (let i = 0; i < 3; i++) pngTimes.push(await timeDownload(page, () => pngButton.click()));
  row('PNG 2× export of the first exportable view (median)', ms(median(pngTimes)), '< 1 s');

  const boxes = page.locator('#export input[type="checkbox"]');
  const count = Math.min(6, await boxes.count());
  for (let i = 0; i < count; i++) await boxes.nth(i).check();
  const pptx = await timeDownload(page, () => page.locator('#export button', { hasText: 'PPTX' }).click());
  row(`PPTX with ${count} slides`, ms(pptx), '< 5 s');
  await page.close();

  for (const factor of [10, 100]) {
    const scaled = scaledDatasets(factor);
    const p = await browser.context.newPage();
    const route = async (pg) => {
      await pg.route('**/data/schools.json', (r) =>
        r.fulfill({ contentType: 'application/json', body: scaled.schools }),
      );
      await pg.route('**/data/school-figures.json', (r) =>
        r.fulfill({ contentType: 'application/json', body: scaled.figures }),
      );
    };
    const load = await timeToPainted(p, server.url, route);
    const lat = await filterLatencies(p, 10);
    row(`${factor}× schools (${29 * factor}): every view painted`, ms(load));
    row(
      `${factor}× schools: filter change (median / p95)`,
      `${ms(median(lat))} / ${ms(p95(lat))}`,
      factor === 100 ? '≤ 200 ms' : '',
    );
    await p.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

const width = Math.max(...rows.map((r) => r.what.length));
console.log(`\n| ${'measure'.padEnd(width)} | value | budget |\n| ${'-'.repeat(width)} | --- | --- |`);
for (const r of rows) console.log(`| ${r.what.padEnd(width)} | ${r.value} | ${r.budget} |`);
