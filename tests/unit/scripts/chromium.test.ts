// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, startPreview } from '../../../scripts/chromium.mjs';

function buildFolder(withIndex: boolean): string {
  const dist = join(mkdtempSync(join(tmpdir(), 'gansu-hve-preview-')), 'dist');
  mkdirSync(dist);
  if (withIndex) writeFileSync(join(dist, 'index.html'), '<!doctype html><title>built</title>');
  return dist;
}

// The browser tests and the bench start the production build with startPreview: it must hand back
// an address only once the server answers there.
describe('startPreview', () => {
  it('resolves once the build answers, and stops the server', async () => {
    const server = await startPreview(await freePort(), { dist: buildFolder(true) });
    expect(await (await fetch(server.url)).text()).toContain('built');
    await server.stop();
    await expect(fetch(server.url)).rejects.toThrow();
  });

  it('throws when the server never answers with the page, and does not leave it running', async () => {
    const port = await freePort();
    // A folder without index.html: vite preview runs but answers 404.
    await expect(startPreview(port, { dist: buildFolder(false), timeoutMs: 1500 })).rejects.toThrow(
      /did not answer at http:\/\/127\.0\.0\.1:\d+\/ within 1500 ms/,
    );
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });

  it('throws when the server cannot start', async () => {
    await expect(startPreview(await freePort(), { dist: '/nonexistent/gansu-hve-dist' })).rejects.toThrow(
      /vite preview exited/,
    );
  });
});
