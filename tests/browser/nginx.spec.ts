import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { join, resolve } from 'node:path';
import { DIST_DIR } from '../../scripts/chromium.mjs';
import { localSiteConfig, NGINX_MISSING, NGINX_PATH, startNginx } from '../../scripts/nginx-server.mjs';
import { contentSecurityPolicy } from '../../vite.config';

// The production build served the way an intranet serves it: real nginx with deploy/nginx.conf
// (scripts/nginx-server.mjs points its `listen` and `root` lines at a loopback port and the test's
// build, on a temporary prefix). Checks the headers the config promises, then that the app works.

let server: { url: string; stop: () => Promise<void> } | undefined;
let origin = '';

/** A GET with exactly these request headers; the body is not decoded, only counted. */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((done, fail) => {
    const req = httpRequest(`${origin}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

test.beforeAll(async () => {
  if (!NGINX_PATH) {
    // In CI nginx is part of the setup: its absence is a broken setup, not a reason to skip.
    if (process.env.CI) throw new Error(NGINX_MISSING);
    return;
  }
  server = await startNginx({ dist: DIST_DIR });
  origin = server.url.replace(/\/$/, '');
});

test.afterAll(async () => {
  await server?.stop();
});

test.beforeEach(() => {
  test.skip(!NGINX_PATH, NGINX_MISSING);
});

test('the site config points at a loopback port and the build by its two site-specific lines only', () => {
  const site = readFileSync('deploy/nginx.conf', 'utf8');
  const local = localSiteConfig(8080, DIST_DIR);
  expect(local).not.toBe(site);
  expect(local.split('\n').filter((line, i) => line !== site.split('\n')[i])).toEqual([
    '    listen 127.0.0.1:8080;',
    `    root ${resolve(DIST_DIR)};`,
  ]);
});

/** The entry script index.html loads, e.g. /assets/index-abc123.js. */
async function entryScript(): Promise<string> {
  const html = (await get('/')).body.toString('utf8');
  const src = /<script type="module" crossorigin src="([^"]+\.js)"/.exec(html)?.[1];
  expect(src, 'index.html loads its entry script').toBeTruthy();
  return src ?? '';
}

test.describe('served by nginx with deploy/nginx.conf', () => {
  test('sends the Content-Security-Policy of vite.config.ts as a header, on the page and on files', async () => {
    for (const path of ['/', '/data/schools.json', await entryScript()]) {
      const { headers } = await get(path);
      expect(headers['content-security-policy'], path).toBe(contentSecurityPolicy);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  test('caches hashed assets for a year as immutable, and sends the precompressed gzip file', async () => {
    const script = await entryScript();
    const plain = await get(script);
    const gzipped = await get(script, { 'Accept-Encoding': 'gzip' });
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['vary']).toContain('Accept-Encoding');
    // The very bytes the build wrote beside the script.
    expect(gzipped.body.equals(readFileSync(join(DIST_DIR, `${script}.gz`)))).toBe(true);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(gzipped.body.length);
  });

  test('revalidates index.html and the datasets: no-cache with an ETag, and a 304 when unchanged', async () => {
    for (const path of ['/', '/index.html', '/data/schools.json', '/data/gansu-prefectures.topo.json']) {
      const first = await get(path);
      expect(first.headers['cache-control'], path).toBe('no-cache');
      const etag = first.headers['etag'];
      expect(etag, path).toBeTruthy();
      const again = await get(path, { 'If-None-Match': etag ?? '' });
      expect(again.status, path).toBe(304);
    }
  });

  test('opens the app at any address (the fallback), but a missing dataset or asset is a 404', async () => {
    const deep = await get('/reports/2023/overview?prefecture=jiuquan');
    expect(deep.status).toBe(200);
    expect(deep.headers['content-type']).toContain('text/html');
    expect(deep.body.toString('utf8')).toContain('<div id="root">');
    expect((await get('/data/no-such-file.json')).status).toBe(404);
    expect((await get('/assets/no-such-chunk.js')).status).toBe(404);
  });

  test('the app works through it: the headline, from datasets preloaded by index.html and fetched once', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const fetched: string[] = [];
    page.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${origin}/`);
    const headline = page.getByRole('region', { name: '全省概况' });
    await expect(headline.getByText('294,013').first()).toBeVisible();
    await expect(page.locator('[data-prefecture]')).toHaveCount(14);
    const preloaded = await page
      .locator('link[rel="preload"][as="fetch"]')
      .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    expect(preloaded).toContain('/data/schools.json');
    // The app's fetch() takes the preloaded response instead of asking again.
    for (const path of preloaded)
      expect(
        fetched.filter((f) => f === path),
        path,
      ).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
