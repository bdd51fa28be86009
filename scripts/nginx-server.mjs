// Serves a build with real nginx and deploy/nginx.conf, as an intranet would: for the nginx browser
// test and the benchmark. The site config's `listen` and `root` lines are pointed at a loopback port
// and the build; everything else (headers, caching, gzip_static, the fallback) is the shipped file.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { freePort, untilAnswering } from './chromium.mjs';

export const NGINX_PATH = [
  '/usr/sbin/nginx',
  ...(process.env.PATH ?? '').split(delimiter).map((d) => join(d, 'nginx')),
].find((p) => existsSync(p));
export const NGINX_MISSING = 'nginx is not installed (looked in /usr/sbin and on PATH): apt-get install -y nginx';

/** deploy/nginx.conf with its two site-specific lines pointed here; throws if either is not where it was. */
export function localSiteConfig(port, dist) {
  const site = readFileSync('deploy/nginx.conf', 'utf8');
  const listen = `listen 127.0.0.1:${port};`;
  const root = `root ${resolve(dist)};`;
  const local = site
    .replace(/^(\s*)listen 80;$/m, `$1${listen}`)
    .replace(/^(\s*)root \/srv\/gansu-hve\/dist;$/m, `$1${root}`);
  if (!local.includes(listen) || !local.includes(root))
    throw new Error('deploy/nginx.conf no longer has the lines `listen 80;` and `root /srv/gansu-hve/dist;`');
  return local;
}

// Debian's list of types; the few this app serves where an nginx comes without it.
const MIME_TYPES = existsSync('/etc/nginx/mime.types')
  ? 'include /etc/nginx/mime.types;'
  : 'types { text/html html; text/css css; application/javascript js; application/json json; font/woff2 woff2; text/plain txt; image/svg+xml svg; }';

/** deploy/ as /etc/nginx/gansu-hve/ would hold it, under a main config of our own; returns its path. */
function writeConfig(prefix, port, dist) {
  mkdirSync(join(prefix, 'conf', 'gansu-hve'), { recursive: true });
  writeFileSync(join(prefix, 'conf', 'gansu-hve', 'nginx.conf'), localSiteConfig(port, dist));
  writeFileSync(
    join(prefix, 'conf', 'gansu-hve', 'security-headers.conf'),
    readFileSync('deploy/security-headers.conf', 'utf8'),
  );
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(prefix, t)};`);
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
${temp.join('\n')}
  include gansu-hve/nginx.conf;
}
`,
  );
  return main;
}

/**
 * Starts nginx on a free loopback port serving `dist`, and resolves once it answers `/`; throws (and
 * stops it) if it exits or never answers.
 */
export async function startNginx({ dist, timeoutMs = 15_000 }) {
  if (!NGINX_PATH) throw new Error(NGINX_MISSING);
  const prefix = mkdtempSync(join(tmpdir(), 'gansu-hve-nginx-'));
  const port = await freePort();
  const conf = writeConfig(prefix, port, dist);
  const child = spawn(NGINX_PATH, ['-p', prefix, '-c', conf, '-e', join(prefix, 'error.log')], { stdio: 'pipe' });
  let output = '';
  child.stderr.on('data', (d) => (output += String(d)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGQUIT');
      await once(child, 'exit');
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}/`;
  await untilAnswering({ url, name: 'nginx', child, output: () => output, stop, timeoutMs });
  return { url, stop };
}
