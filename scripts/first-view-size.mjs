// Gzip size of what the first view really fetches: every JS and CSS file Chromium requests on the
// default view until the network is idle (the entry, its preloads, and every chunk loaded after the
// first paint), not only what index.html links. npm test fails when that passes the ceiling.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DIST_DIR, launchChromium, startPreview } from './chromium.mjs';

/** The ceiling CI holds the first view to, in KB of gzip. Lower it as the bundle shrinks; never raise it. */
export const FIRST_VIEW_CEILING_KB = 180;

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const sum = (files) => files.reduce((s, f) => s + f.gzip, 0);

/** Each fetched file of the build, by kind, with the gzip size of its file in dist. */
function sized(paths, dist) {
  const files = [...new Set(paths)].map((p) => ({ file: p, gzip: gz(join(dist, p)) }));
  const of = (re) => files.filter((f) => re.test(f.file));
  const code = of(/\.(js|css)$/);
  const data = of(/^data\//);
  const fonts = of(/\.(woff2?|ttf)$/);
  return { files: code, total: sum(code), data: sum(data), fonts: sum(fonts) };
}

/**
 * Opens `url` in a fresh page of `context` and returns what it fetched from the build (paths
 * relative to dist), sized, once the page is idle: no request in flight for 500 ms *and* the main
 * thread idle, with nothing new requested meanwhile. Network quiet alone is not enough: a page busy
 * rendering for half a second requests nothing, then loads the panels it renders after its first paint.
 */
export async function fetchedUntilIdle(context, url, dist = DIST_DIR) {
  const page = await context.newPage();
  const base = new URL(url);
  const paths = [];
  const state = { started: 0, inFlight: 0 };
  page.on('request', () => {
    state.started++;
    state.inFlight++;
  });
  page.on('requestfailed', () => state.inFlight--);
  page.on('requestfinished', (request) => {
    state.inFlight--;
    const target = new URL(request.url());
    if (target.origin === base.origin) paths.push(decodeURIComponent(target.pathname).replace(/^\//, ''));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  for (let seen = -1; seen !== state.started;) {
    seen = state.started;
    await page.evaluate(
      () => new Promise((resolve) => globalThis.requestIdleCallback(() => resolve(), { timeout: 10_000 })),
    );
    await pause(500);
    while (state.inFlight > 0) await pause(50);
  }
  await page.close();
  return sized(
    paths.filter((p) => p !== '' && p !== 'index.html'),
    dist,
  );
}

/** Gzip size of every dataset in the build. */
export function dataSize(dist = DIST_DIR) {
  const dir = join(dist, 'data');
  // The datasets themselves, not the .gz and .br copies the build writes beside them.
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ file: `data/${f}`, gzip: gz(join(dir, f)) }));
  return { files, total: sum(files) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.SIZE_PORT ?? process.env.BROWSER_TEST_PORT ?? 4317);
  const server = await startPreview(port);
  const browser = await launchChromium();
  let measured;
  try {
    measured = await fetchedUntilIdle(browser.context, server.url);
  } finally {
    await browser.close();
    await server.stop();
  }
  const { files, total } = measured;
  for (const f of files) console.log(`${(f.gzip / 1024).toFixed(1).padStart(8)} KB  ${f.file}`);
  console.log(
    `${(total / 1024).toFixed(1).padStart(8)} KB  JS+CSS fetched by the first view until idle (gzip), ceiling ${FIRST_VIEW_CEILING_KB} KB`,
  );
  if (total / 1024 > FIRST_VIEW_CEILING_KB) {
    console.error(`The first view is over the ${FIRST_VIEW_CEILING_KB} KB gzip ceiling.`);
    process.exit(1);
  }
}
