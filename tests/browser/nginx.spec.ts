import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { DIST_DIR } from '../../scripts/chromium.mjs';
import { contentSecurityPolicy } from '../../vite.config';

// The production build served the way an intranet serves it: real nginx with deploy/nginx.conf
// (its `listen` and `root` lines pointed at a loopback port and the test's build), on a temporary
// prefix. Checks the headers the config promises, then that the app works through it.

const NGINX = ['/usr/sbin/nginx', ...(process.env.PATH ?? '').split(delimiter).map((d) => join(d, 'nginx'))].find((p) =>
  existsSync(p),
);
const MISSING = 'nginx is not installed (looked in /usr/sbin and on PATH): apt-get install -y nginx';

let server: ChildProcess | undefined;
let prefix = '';
let origin = '';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

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

// Debian's list of types; the few this app serves where an nginx comes without it.
const MIME_TYPES = existsSync('/etc/nginx/mime.types')
  ? 'include /etc/nginx/mime.types;'
  : 'types { text/html html; text/css css; application/javascript js; application/json json; font/woff2 woff2; text/plain txt; image/svg+xml svg; }';

/** deploy/ as /etc/nginx/gansu-hve/ would hold it, under a main config of the test's own. */
function writeConfig(port: number): string {
  const site = readFileSync('deploy/nginx.conf', 'utf8');
  const local = site
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root \/srv\/gansu-hve\/dist;$/m, `$1root ${resolve(DIST_DIR)};`);
  // The two site-specific lines are where the config says they are.
  expect(local).not.toBe(site);
  expect(local).toContain(`listen 127.0.0.1:${port};`);
  expect(local).toContain(`root ${resolve(DIST_DIR)};`);
  mkdirSync(join(prefix, 'conf', 'gansu-hve'), { recursive: true });
  writeFileSync(join(prefix, 'conf', 'gansu-hve', 'nginx.conf'), local);
  writeFileSync(
    join(prefix, 'conf', 'gansu-hve', 'security-headers.conf'),
    readFileSync('deploy/security-headers.conf', 'utf8'),
  );
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const main = join(prefix, 'conf', 'nginx.conf');
  writeFileSync(
    main,
    `${asRoot ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
events { worker_connections 64; }
http {
  ${MIME_TYPES}
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${join(prefix, 'body')};
  proxy_temp_path ${join(prefix, 'proxy')};
  fastcgi_temp_path ${join(prefix, 'fastcgi')};
  uwsgi_temp_path ${join(prefix, 'uwsgi')};
  scgi_temp_path ${join(prefix, 'scgi')};
  include gansu-hve/nginx.conf;
}
`,
  );
  return main;
}

test.beforeAll(async () => {
  if (!NGINX) {
    // In CI nginx is part of the setup: its absence is a broken setup, not a reason to skip.
    if (process.env.CI) throw new Error(MISSING);
    return;
  }
  prefix = mkdtempSync(join(tmpdir(), 'gansu-hve-nginx-'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const conf = writeConfig(port);
  let output = '';
  server = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', join(prefix, 'error.log')], { stdio: 'pipe' });
  server.stderr?.on('data', (d) => (output += String(d)));
  await expect
    .poll(
      async () => {
        if (server?.exitCode !== null) throw new Error(`nginx exited: ${output}`);
        return get('/').then(
          (r) => r.status,
          () => 0,
        );
      },
      { timeout: 15_000 },
    )
    .toBe(200);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((done) => server?.once('exit', done));
    server.kill('SIGQUIT');
    await exited;
  }
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

test.beforeEach(() => {
  test.skip(!NGINX, MISSING);
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
