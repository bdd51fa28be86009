// Launches the system Chromium through playwright-core for the browser tests and the benchmark.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the production build is; another folder lets two checkouts' test runs not clobber each other. */
export const DIST_DIR = process.env.DIST_DIR ?? 'dist';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep headless Chromium quiet on a closed network (the browser tests use them too). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh profile each time, so no run sees another's storage. */
export async function launchChromium(viewport = { width: 1440, height: 900 }) {
  const profile = mkdtempSync(join(tmpdir(), 'gansu-hve-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A port nobody listens on now, so parallel runs never collide. */
export function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** How long the preview server may take to answer before startPreview gives up. */
const PREVIEW_TIMEOUT_MS = 15_000;

/**
 * Serves DIST_DIR with `vite preview`, started through node so that the pid held is the server's
 * own, and resolves once it answers; throws (and stops the server) if it exits or never answers.
 */
export async function startPreview(
  port,
  { root = process.cwd(), dist = DIST_DIR, timeoutMs = PREVIEW_TIMEOUT_MS } = {},
) {
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--outDir',
      dist,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += String(d)));
  child.stderr.on('data', (d) => (output += String(d)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  };
  const url = `http://127.0.0.1:${port}/`;
  await untilAnswering({ url, name: 'vite preview', child, output: () => output, stop, timeoutMs });
  return { url, stop };
}

/**
 * Resolves once a server started as `child` answers `url`; stops it and throws, with what it
 * printed, if it exits first or has not answered within `timeoutMs`.
 */
export async function untilAnswering({ url, name, child, output, stop, timeoutMs }) {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`${name} exited (code ${child.exitCode}): ${output()}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = String(error);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`${name} did not answer at ${url} within ${timeoutMs} ms (${lastError}): ${output()}`);
}
